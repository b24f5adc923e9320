package com.mtdconnect.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.auditlog.boundary.AuditLog;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.auditlog.entity.AuditRow;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.RoleAdministration;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.BuiltInRoleIsReadOnly;
import com.mtdconnect.rbac.entity.OutsideYourScope;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.DuplicateTenant;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantChangedConcurrently;
import com.mtdconnect.tenancy.entity.TenantChoice;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import com.mtdconnect.tenancy.entity.TenantPage;
import com.mtdconnect.tenancy.entity.TenantQuery;
import com.mtdconnect.tenancy.entity.TenantSortField;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.FreshTenants;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant registry's use cases inside the server, against the real MariaDB. */
@PortalIT
class TenantRegistryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(TenantRegistryIT.class);
  }

  // looked up when a test runs: JUnit also creates this class outside the server
  private TenantRegistry registry;
  private HttpServletRequest request;

  private RoleAssignments assignments;

  @BeforeEach
  void lookUpBeans() {
    registry = CDI.current().select(TenantRegistry.class).get();
    request = CDI.current().select(HttpServletRequest.class).get();
    assignments = CDI.current().select(RoleAssignments.class).get();
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: it-admin",
        BuiltInRole.MSP_ADMINISTRATOR,
        "it-admin",
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: it-operator",
        BuiltInRole.ONBOARDING_OPERATOR,
        "it-operator",
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: it-support",
        BuiltInRole.READ_ONLY_OPERATOR,
        "it-support",
        List.of());
  }

  @Test
  void registeringATenantStoresItWithItsAuditRecord() {
    signInAs(BuiltInRole.ONBOARDING_OPERATOR);
    String guid = FreshTenants.next().id();
    Tenant tenant = registry.register(draft("Registered Ltd", guid.toUpperCase()));

    Tenant stored = registry.find(tenant.getId());
    assertEquals(guid, stored.getDirectoryId(), "the tenant id is stored in lower case");
    assertEquals(List.of("EMEA", "gold"), stored.getScopeTagList(), "duplicate tags dropped");
    List<AuditEvent> history = registry.history(tenant.getId(), 10);
    assertEquals(1, history.size());
    assertEquals("TENANT_REGISTERED", history.get(0).getAction());
    assertEquals("it-operator", history.get(0).getActor());
    assertNull(history.get(0).getBeforeState());
    assertTrue(history.get(0).getAfterState().contains("Registered Ltd"));
  }

  @Test
  void registeringTheSameTenantTwiceIsRefusedWhateverTheCase() {
    signInAs(BuiltInRole.ONBOARDING_OPERATOR);
    String domain = FreshTenants.domain();
    registry.register(draft("First", domain));

    DuplicateTenant refused =
        assertThrows(
            DuplicateTenant.class, () -> registry.register(draft("Second", domain.toUpperCase())));
    assertTrue(refused.getMessage().contains("\"First\""), refused.getMessage());
    assertEquals(1, search(domain).total(), "nothing was added");
  }

  @Test
  void aSecondEditorWithAStaleVersionGetsAConflictAndTheFirstChangeStays() {
    signInAs(BuiltInRole.ONBOARDING_OPERATOR);
    Tenant tenant = registry.register(draft("Conflict Co", FreshTenants.domain()));
    long loadedByBoth = tenant.getVersion();

    TenantDraft first = TenantDraft.of(tenant);
    first.setNotes("first editor's note");
    Tenant afterFirst = registry.update(tenant.getId(), loadedByBoth, first);
    assertTrue(
        afterFirst.getVersion() > loadedByBoth,
        "version moves on: "
            + loadedByBoth
            + " -> "
            + afterFirst.getVersion()
            + " stored "
            + registry.find(tenant.getId()).getVersion());

    TenantDraft second = TenantDraft.of(tenant);
    second.setNotes("second editor's note");
    TenantChangedConcurrently conflict =
        assertThrows(
            TenantChangedConcurrently.class,
            () -> registry.update(tenant.getId(), loadedByBoth, second));
    assertTrue(
        conflict.getMessage().contains("it-operator changed this tenant"), conflict.getMessage());
    assertEquals("first editor's note", registry.find(tenant.getId()).getNotes());
    assertEquals(
        2, registry.history(tenant.getId(), 10).size(), "no audit record for the refused save");
  }

  @Test
  void anUpdateRecordsTheStateBeforeAndAfter() {
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    Tenant tenant = registry.register(draft("Before Name", FreshTenants.domain()));
    TenantDraft change = TenantDraft.of(tenant);
    change.setDisplayName("After Name");
    registry.update(tenant.getId(), tenant.getVersion(), change);

    AuditEvent update = registry.history(tenant.getId(), 10).get(0);
    assertEquals("TENANT_UPDATED", update.getAction());
    assertTrue(update.getBeforeState().contains("Before Name"));
    assertTrue(update.getAfterState().contains("After Name"));
    assertTrue(update.getAfterState().contains("INVITED"), "the lifecycle is not the editor's");
  }

  @Test
  void archivedTenantsLeaveTheDefaultListAndComeBackWhenRestored() {
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    String domain = FreshTenants.domain();
    Tenant tenant = registry.register(draft("Archive Me", domain));

    Tenant archived = registry.archive(tenant.getId(), tenant.getVersion());
    assertTrue(archived.isArchived());
    assertEquals(0, search(domain).total());
    assertEquals(1, registry.search(query(domain, true)).total(), "listed with archived included");

    registry.restore(tenant.getId(), archived.getVersion());
    assertEquals(1, search(domain).total());
    List<String> actions =
        registry.history(tenant.getId(), 10).stream().map(AuditEvent::getAction).toList();
    assertEquals(List.of("TENANT_RESTORED", "TENANT_ARCHIVED", "TENANT_REGISTERED"), actions);
  }

  @Test
  void searchSortsFiltersAndPagesInTheDatabase() {
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    String marker = "pg" + shortId();
    for (int i = 0; i < 7; i++) {
      TenantDraft d = draft(marker + " tenant " + (char) ('G' - i), FreshTenants.domain());
      d.setScopeTags(i < 3 ? "APAC" : "AMER");
      registry.register(d);
    }
    TenantPage secondPage =
        registry.search(
            new TenantQuery(
                3, 3, TenantSortField.DISPLAY_NAME, true, marker, Optional.empty(), "", false));
    assertEquals(7, secondPage.total());
    assertEquals(
        List.of(marker + " tenant D", marker + " tenant E", marker + " tenant F"),
        secondPage.tenants().stream().map(Tenant::getDisplayName).toList());

    TenantPage invited =
        registry.search(
            new TenantQuery(
                0,
                10,
                TenantSortField.DISPLAY_NAME,
                false,
                marker,
                Optional.of(TenantLifecycle.INVITED),
                "",
                false));
    assertEquals(7, invited.total(), "registered tenants are only invited");
    assertEquals(marker + " tenant G", invited.tenants().get(0).getDisplayName());

    TenantPage apac =
        registry.search(
            new TenantQuery(
                0,
                10,
                TenantSortField.DISPLAY_NAME,
                true,
                marker,
                Optional.empty(),
                "apac",
                false));
    assertEquals(3, apac.total(), "scope tag filter matches whole tags, any case");

    assertEquals(0, search("%").total(), "a % in the search is no wildcard");
    assertEquals(0, search(marker + "_").total(), "an _ in the search is no wildcard");
  }

  @Test
  void aReadOnlyOperatorMayReadButNotRegister() {
    signInAs(BuiltInRole.READ_ONLY_OPERATOR);
    assertTrue(registry.search(TenantQuery.firstPage(5)).total() >= 0);
    assertThrows(AccessDenied.class, () -> registry.register(draft("Nope", FreshTenants.domain())));
  }

  @Test
  void anonymousCallersAreRefused() {
    request.getSession(true).removeAttribute(SignedInStaff.SESSION_ATTRIBUTE);
    assertThrows(AccessDenied.class, () -> registry.search(TenantQuery.firstPage(5)));
  }

  @Test
  void invalidDraftsAreRefusedByTheBoundaryItself() {
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    TenantDraft bad = draft("Bad", "not a domain");
    bad.setContactEmail("nobody");
    ConstraintViolationException refused =
        assertThrows(ConstraintViolationException.class, () -> registry.register(bad));
    assertEquals(2, refused.getConstraintViolations().size(), refused.getMessage());
    assertFalse(search("not a domain").total() > 0);
  }

  /** What a boundary call came to. */
  enum Outcome {
    ALLOWED,
    DENIED,
    NOT_FOUND,
    OUTSIDE_SCOPE
  }

  /**
   * The RBAC matrix: every built-in role, assigned for one scope tag, tries every use case of the
   * registry on a tenant inside that scope and on one outside it; each answer is exactly what the
   * role table says.
   */
  @Test
  void everyBuiltInRoleMayDoExactlyWhatItsTableSaysInsideItsScopeAndNothingOutside() {
    String run = shortId();
    String inTag = "MxIn" + run;
    String outTag = "MxOut" + run;
    List<String> mismatches = new java.util.ArrayList<>();
    int cells = 0;
    for (BuiltInRole role : BuiltInRole.values()) {
      String user = "mx-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + run;
      assignments.assignIfAbsent(
          Actor.system("it-setup"), "IT matrix " + user, role, user, List.of(inTag));
      signInAs(BuiltInRole.MSP_ADMINISTRATOR);
      Tenant inside = registry.register(tagged("Mx in " + run + role.ordinal(), inTag));
      Tenant outside = registry.register(tagged("Mx out " + run + role.ordinal(), outTag));
      signInAs(user);
      for (Tenant tenant : List.of(inside, outside)) {
        boolean inScope = tenant == inside;
        Map<String, Outcome> expected = new java.util.LinkedHashMap<>();
        Map<String, Outcome> actual = new java.util.LinkedHashMap<>();
        long id = tenant.getId();
        String marker = tenant.getDisplayName();
        List<Long> listable = inScope ? List.of(id) : List.of();
        actual.put(
            "list",
            outcome(
                () ->
                    assertEquals(
                        listable,
                        registry.list(query(marker, true)).stream().map(Tenant::getId).toList())));
        expected.put(
            "list", role.grants(Permission.TENANTS_READ) ? Outcome.ALLOWED : Outcome.DENIED);
        actual.put(
            "count",
            outcome(() -> assertEquals(inScope ? 1 : 0, registry.count(query(marker, true)))));
        expected.put(
            "count", role.grants(Permission.TENANTS_READ) ? Outcome.ALLOWED : Outcome.DENIED);
        actual.put("find", outcome(() -> registry.find(id)));
        expected.put("find", readExpectation(role, Permission.TENANTS_READ, inScope));
        actual.put("history", outcome(() -> registry.history(id, 5)));
        expected.put("history", readExpectation(role, Permission.TENANTS_READ, inScope));
        String tag = inScope ? inTag : outTag;
        actual.put(
            "register", outcome(() -> registry.register(tagged("Mx new " + shortId(), tag))));
        expected.put(
            "register",
            !role.grants(Permission.TENANTS_CREATE)
                ? Outcome.DENIED
                : inScope ? Outcome.ALLOWED : Outcome.OUTSIDE_SCOPE);
        actual.put(
            "update",
            outcome(
                () -> {
                  TenantDraft change = TenantDraft.of(tenant);
                  change.setNotes("changed by " + user);
                  registry.update(id, currentVersion(id, user), change);
                }));
        expected.put("update", changeExpectation(role, Permission.TENANTS_UPDATE, inScope));
        actual.put("archive", outcome(() -> registry.archive(id, currentVersion(id, user))));
        expected.put("archive", changeExpectation(role, Permission.TENANTS_DELETE, inScope));
        actual.put("restore", outcome(() -> registry.restore(id, currentVersion(id, user))));
        expected.put("restore", changeExpectation(role, Permission.TENANTS_DELETE, inScope));
        cells += expected.size();
        for (String action : expected.keySet()) {
          if (expected.get(action) != actual.get(action)) {
            mismatches.add(
                role
                    + " "
                    + action
                    + (inScope ? " in scope" : " out of scope")
                    + ": expected "
                    + expected.get(action)
                    + ", got "
                    + actual.get(action));
          }
        }
      }
    }
    System.out.printf(
        "[measure] RBAC matrix: %d roles x 8 use cases x 2 tenants = %d cells, %d mismatches%n",
        BuiltInRole.values().length, cells, mismatches.size());
    assertEquals(List.of(), mismatches);
  }

  @Test
  void aScopedOperatorCanNeitherAddNorRemoveTagsOutsideTheirScope() {
    String run = shortId();
    String own = "TagOwn" + run;
    String other = "TagOther" + run;
    String user = "tag-operator-" + run;
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT tags " + user,
        BuiltInRole.ONBOARDING_OPERATOR,
        user,
        List.of(own));
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    Tenant ownOnly = registry.register(tagged("Tags own " + run, own));
    Tenant shared = registry.register(tagged("Tags shared " + run, own + ", " + other));
    signInAs(user);

    assertEquals(
        Outcome.OUTSIDE_SCOPE,
        outcome(() -> registry.register(tagged("Tags new " + run, own + ", " + other))),
        "registering a tenant for another region's staff too");
    TenantDraft widen = TenantDraft.of(ownOnly);
    widen.setScopeTags(own + ", " + other);
    assertEquals(
        Outcome.OUTSIDE_SCOPE,
        outcome(
            () -> registry.update(ownOnly.getId(), currentVersion(ownOnly.getId(), user), widen)),
        "showing an own tenant to another region's staff");
    TenantDraft narrow = TenantDraft.of(shared);
    narrow.setScopeTags(own);
    assertEquals(
        Outcome.OUTSIDE_SCOPE,
        outcome(
            () -> registry.update(shared.getId(), currentVersion(shared.getId(), user), narrow)),
        "hiding a shared tenant from another region's staff");
    TenantDraft notes = TenantDraft.of(shared);
    notes.setNotes("changed by " + user);
    assertEquals(
        Outcome.ALLOWED,
        outcome(() -> registry.update(shared.getId(), currentVersion(shared.getId(), user), notes)),
        "a shared tenant's other details stay editable");
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    assertEquals(
        List.of(own, other), registry.find(shared.getId()).getScopeTagList(), "tags unchanged");
  }

  @Test
  void onlyRoleAdministratorsManageRolesAndAssignmentsAndEveryChangeIsAudited() {
    String run = shortId();
    String tag = "Desk" + run;
    RoleAdministration roles = CDI.current().select(RoleAdministration.class).get();
    AuditLog auditLog = CDI.current().select(AuditLog.class).get();
    RoleDraft deskRole = new RoleDraft();
    deskRole.setName("Desk " + run);
    deskRole.setPermissions(List.of(Permission.TENANTS_READ, Permission.TENANTS_UPDATE));

    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    assertThrows(AccessDenied.class, () -> roles.createRole(deskRole), "not even MSP admins");
    Tenant desk = registry.register(tagged("Desk tenant " + run, tag));

    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: it-rbac",
        BuiltInRole.ROLE_ADMINISTRATOR,
        "it-rbac",
        List.of());
    signInAs("it-rbac");
    Role created = roles.createRole(deskRole);
    Role builtIn = roles.roles().stream().filter(Role::isBuiltIn).findFirst().orElseThrow();
    assertThrows(
        BuiltInRoleIsReadOnly.class,
        () -> roles.changeRole(builtIn.getId(), builtIn.getVersion(), deskRole));
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName("Desk assignment " + run);
    draft.setRoleId(created.getId());
    draft.setStaffMembers("desk-" + run);
    draft.setScopeTags(tag);
    RoleAssignment assignment = roles.assign(draft);

    signInAs("desk-" + run);
    TenantDraft change = TenantDraft.of(desk);
    change.setNotes("desk note");
    assertEquals("desk note", registry.update(desk.getId(), desk.getVersion(), change).getNotes());

    signInAs("it-rbac");
    roles.removeAssignment(assignment.getId());
    signInAs("desk-" + run);
    assertThrows(AccessDenied.class, () -> registry.find(desk.getId()), "gone at the next call");

    signInAs("it-rbac");
    AuditQuery byRbacAdmin = new AuditQuery();
    byRbacAdmin.setActor("it-rbac");
    List<String> recorded =
        auditLog.events(byRbacAdmin, 0, 50).stream()
            .map(AuditRow::getEvent)
            .map(AuditEvent::getAction)
            .toList();
    assertTrue(
        recorded.containsAll(List.of("ROLE_CREATED", "ROLE_ASSIGNED", "ROLE_ASSIGNMENT_REMOVED")),
        recorded.toString());
    Map<String, String> objects =
        auditLog.events(byRbacAdmin, 0, 50).stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    r -> r.getEvent().getAction(), r -> r.getObject().getLabel(), (a, b) -> a));
    assertEquals("Role: Desk " + run, objects.get("ROLE_CREATED"), "the role by its name");
    assertEquals(
        "Role assignment #" + assignment.getId(),
        objects.get("ROLE_ASSIGNMENT_REMOVED"),
        "a removed assignment keeps its kind and id");
    AuditQuery refusals = new AuditQuery();
    refusals.setActor("desk-" + run);
    refusals.setAction("ACCESS_DENIED");
    assertEquals(1, auditLog.count(refusals), "the refusal after removal is recorded");
  }

  @Test
  void theAuditLogShowsEventsOfTenantsInScopeAndPortalWideEventsOnlyWithAuditRead() {
    String run = shortId();
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    Tenant inside = registry.register(tagged("Audit in " + run, "AuIn" + run));
    Tenant outside = registry.register(tagged("Audit out " + run, "AuOut" + run));
    AuditLog auditLog = CDI.current().select(AuditLog.class).get();
    String scoped = "au-scoped-" + run;
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT " + scoped,
        BuiltInRole.ONBOARDING_OPERATOR,
        scoped,
        List.of("AuIn" + run));

    signInAs(scoped);
    AuditQuery all = new AuditQuery();
    List<AuditRow> rows = auditLog.events(all, 0, 10_000);
    List<AuditEvent> seen = rows.stream().map(AuditRow::getEvent).toList();
    assertTrue(
        rows.stream()
            .filter(r -> inside.getId().equals(r.getEvent().getTenantId()))
            .allMatch(r -> ("Audit in " + run).equals(r.getTenantName())),
        "the rows name their tenant");
    assertTrue(seen.stream().anyMatch(e -> inside.getId().equals(e.getTenantId())));
    assertFalse(seen.stream().anyMatch(e -> outside.getId().equals(e.getTenantId())));
    assertTrue(
        seen.stream().allMatch(e -> e.getTenantId() != null),
        "no portal-wide events without Audit: Read");
    AuditQuery ofOutside = new AuditQuery();
    ofOutside.setTenantId(outside.getId());
    assertEquals(0, auditLog.count(ofOutside));
    assertEquals(
        List.of("Audit in " + run),
        auditLog.tenantChoices("AUDIT ", 50).stream()
            .map(TenantChoice::getName)
            .filter(n -> n.endsWith(run))
            .toList(),
        "the tenant filter offers tenants in scope by name, ignoring case");
    assertEquals(List.of(), auditLog.tenantChoices("Audit out " + run, 50));
    assertEquals(
        Optional.of(new TenantChoice(inside.getId(), "Audit in " + run)),
        auditLog.tenantChoice(inside.getId()));
    assertEquals(
        Optional.empty(), auditLog.tenantChoice(outside.getId()), "an id out of scope is refused");
    assertEquals(
        List.of("occurred_at_utc"),
        auditLog.exportCsv(ofOutside).lines().map(l -> l.split(",")[0]).toList(),
        "the export of a tenant out of scope holds no event");
    AuditQuery ofInside = new AuditQuery();
    ofInside.setTenantId(inside.getId());
    List<String> insideCsv = auditLog.exportCsv(ofInside).lines().skip(1).toList();
    assertFalse(insideCsv.isEmpty());
    assertTrue(
        insideCsv.stream().allMatch(l -> l.contains(",\"" + inside.getId() + "\",\"Audit in ")),
        "the export follows the tenant filter: " + insideCsv);
    assertTrue(
        auditLog.events(ofInside, 0, 100).stream()
            .filter(r -> r.getEvent().getAction().equals("TENANT_REGISTERED"))
            .allMatch(r -> r.getObject().getLabel().equals("Tenant: Audit in " + run)),
        "the object by its name");
    String csv = auditLog.exportCsv(all);
    assertTrue(csv.startsWith("occurred_at_utc,actor"));
    assertTrue(
        csv.contains(
            "\"TENANT_REGISTERED\",\"Tenant registered\",\""
                + inside.getId()
                + "\",\"Audit in "
                + run
                + "\""),
        "the export names the action and the tenant beside their codes");
    assertFalse(csv.contains("Audit out " + run), "nothing of the tenant out of scope");

    signInAs(BuiltInRole.READ_ONLY_OPERATOR);
    assertTrue(auditLog.count(ofOutside) > 0, "it-support reads all tenants");
    AuditQuery exports = new AuditQuery();
    exports.setAction("AUDIT_EXPORTED");
    assertTrue(auditLog.count(exports) >= 1, "exports are recorded and portal-wide");
  }

  @Test
  void aUserSeesExactlyTheUnionOfTheScopesOfTheirAssignments() {
    String run = shortId();
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    for (String tag : List.of("UnA", "UnB", "UnC", "UnD")) {
      registry.register(tagged("Union " + run + " " + tag, tag + run));
    }
    String user = "union-" + run;
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT " + user + " 1",
        BuiltInRole.READ_ONLY_OPERATOR,
        user,
        List.of("UnA" + run, "UnB" + run));
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT " + user + " 2",
        BuiltInRole.HELP_DESK_OPERATOR,
        user,
        List.of("UnC" + run));

    signInAs(user);
    assertEquals(
        List.of("Union " + run + " UnA", "Union " + run + " UnB", "Union " + run + " UnC"),
        search("Union " + run).tenants().stream().map(Tenant::getDisplayName).toList());
    assertEquals(3, registry.count(query("Union " + run, true)));
  }

  @Test
  void aNewAssignmentCountsAtTheNextCallWithoutSigningInAgain() {
    String user = "late-" + shortId();
    signInAs(user);
    assertThrows(AccessDenied.class, () -> registry.search(TenantQuery.firstPage(5)));
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT " + user,
        BuiltInRole.READ_ONLY_OPERATOR,
        user,
        List.of("EMEA"));
    assertTrue(
        registry.search(TenantQuery.firstPage(200)).tenants().stream()
            .allMatch(t -> t.getScopeTagList().stream().anyMatch("EMEA"::equalsIgnoreCase)),
        "only EMEA tenants");
  }

  private static Outcome readExpectation(BuiltInRole role, Permission permission, boolean inScope) {
    if (!role.grants(permission)) {
      return Outcome.DENIED;
    }
    return inScope ? Outcome.ALLOWED : Outcome.NOT_FOUND;
  }

  /** Out of scope, a tenant the caller cannot even read is "not found". */
  private static Outcome changeExpectation(
      BuiltInRole role, Permission permission, boolean inScope) {
    if (!role.grants(permission)) {
      return Outcome.DENIED;
    }
    if (inScope) {
      return Outcome.ALLOWED;
    }
    return role.grants(Permission.TENANTS_READ) ? Outcome.NOT_FOUND : Outcome.DENIED;
  }

  /** The tenant's version as an administrator sees it, then back to the user under test. */
  private long currentVersion(long id, String user) {
    signInAs(BuiltInRole.MSP_ADMINISTRATOR);
    long version = registry.find(id).getVersion();
    signInAs(user);
    return version;
  }

  private static Outcome outcome(Runnable call) {
    try {
      call.run();
      return Outcome.ALLOWED;
    } catch (AccessDenied e) {
      return Outcome.DENIED;
    } catch (TenantNotFound e) {
      return Outcome.NOT_FOUND;
    } catch (OutsideYourScope e) {
      return Outcome.OUTSIDE_SCOPE;
    }
  }

  private static TenantDraft tagged(String name, String tag) {
    TenantDraft draft = draft(name, FreshTenants.domain());
    draft.setScopeTags(tag);
    return draft;
  }

  private TenantPage search(String text) {
    return registry.search(query(text, false));
  }

  private static TenantQuery query(String text, boolean includeArchived) {
    return new TenantQuery(
        0, 25, TenantSortField.DISPLAY_NAME, true, text, Optional.empty(), "", includeArchived);
  }

  private void signInAs(BuiltInRole role) {
    signInAs(
        switch (role) {
          case MSP_ADMINISTRATOR -> "it-admin";
          case ONBOARDING_OPERATOR -> "it-operator";
          case READ_ONLY_OPERATOR -> "it-support";
          default -> throw new IllegalArgumentException(role.name());
        });
  }

  private void signInAs(String username) {
    request
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
  }

  private static TenantDraft draft(String name, String directoryId) {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName(name);
    draft.setDirectoryId(directoryId);
    draft.setContactName("Chris Contact");
    draft.setContactEmail("chris@example.com");
    draft.setScopeTags("EMEA, gold, Gold");
    return draft;
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
