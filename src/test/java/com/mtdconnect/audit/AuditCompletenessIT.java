package com.mtdconnect.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.auditlog.boundary.AuditLog;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.consent.boundary.CallbackParameters;
import com.mtdconnect.consent.boundary.ConsentLinks;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.consent.boundary.CustomerConsent;
import com.mtdconnect.consent.control.SigningKeyStore;
import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.demo.control.DemoStaffAccounts;
import com.mtdconnect.identity.boundary.StaffSessions;
import com.mtdconnect.identity.entity.EntraIdentity;
import com.mtdconnect.identity.entity.SignInProblem;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.rbac.boundary.RoleAdministration;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.testsupport.AuditRecords;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every use case that changes state leaves exactly one audit record. The test finds the use-case
 * facades itself (transactional beans in the {@code boundary} packages) and fails for any public
 * method that is neither declared read-only here nor exercised by a scenario, so a new use case
 * cannot slip in unaudited.
 */
@PortalIT
class AuditCompletenessIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(AuditCompletenessIT.class);
  }

  /** Public facade methods that only read. */
  private static final Set<String> READ_ONLY =
      Set.of(
          "TenantRegistry.search",
          "TenantRegistry.list",
          "TenantRegistry.count",
          "TenantRegistry.find",
          "TenantRegistry.history",
          "RoleAdministration.roles",
          "RoleAdministration.role",
          "RoleAdministration.assignments",
          "RoleAdministration.assignment",
          "RoleAdministration.assignableRoles",
          "RoleAdministration.requireMayCreateRoles",
          "TenantRegistry.findForUpdate",
          "TenantRegistry.requireMayRegister",
          "RbacMonitor.requireRolesRead",
          "RbacMonitor.myPermissions",
          "RbacMonitor.sourcesOf",
          "RbacMonitor.permissionsOf",
          "RbacMonitor.staffUsernames",
          "RbacMonitor.viewerScope",
          "AuditLog.events",
          "AuditLog.count",
          "AuditLog.actions",
          "ConsentLinks.overview",
          "ConsentLinks.urlOf",
          "ConsentLinks.catalog",
          "CustomerConsent.outcome",
          "Outbox.newest");

  @Test
  void everyStateChangingUseCaseLeavesExactlyOneAuditRecord() throws Exception {
    Map<String, Scenario> scenarios = scenarios();

    Set<String> changing = new TreeSet<>(useCaseMethods());
    changing.removeAll(READ_ONLY);
    assertEquals(
        new TreeSet<>(scenarios.keySet()),
        changing,
        "every state-changing use case needs an audit scenario here");

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Scenario> scenario : scenarios.entrySet()) {
      long before = latestAuditId();
      scenario.getValue().run();
      List<String> recorded = actionsAfter(before);
      if (!recorded.equals(List.of(scenario.getValue().action()))) {
        wrong.add(scenario.getKey() + " recorded " + recorded);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * The portal's own changes are audited too, each in the transaction of the change and with a
   * system actor: the consent signing key generated at the first start (when, never the key), the
   * demo staff's role assignments, and any seeded assignment, once.
   */
  @Test
  void thePortalsOwnChangesLeaveAuditRecordsWithASystemActor() throws Exception {
    try (Connection db = dataSource().getConnection();
        PreparedStatement events =
            db.prepareStatement(
                "SELECT actor, source_address, after_state FROM audit_event WHERE action = ?");
        PreparedStatement key =
            db.prepareStatement("SELECT secret FROM consent_signing_key WHERE id = 1")) {
      String secret;
      try (ResultSet row = key.executeQuery()) {
        assertTrue(row.next(), "the signing key is generated at start");
        secret = row.getString(1);
      }
      events.setString(1, SigningKeyStore.GENERATED);
      try (ResultSet rows = events.executeQuery()) {
        assertTrue(rows.next(), "the generated signing key is audited");
        assertEquals(SigningKeyStore.ACTOR_NAME, rows.getString(1));
        assertEquals(null, rows.getString(2), "the portal's own work has no client address");
        assertFalse(rows.getString(3).contains(secret), "the record never holds the key");
        assertTrue(rows.getString(3).contains("createdAt"), rows.getString(3));
        assertFalse(rows.next(), "the key is generated once per database");
      }
    }
    assertEquals(
        DemoStaffAccounts.ACCOUNTS.size(),
        countOf("ROLE_ASSIGNED", "system:demo-seed"),
        "every demo staff assignment is audited once");

    RoleAssignments assignments = CDI.current().select(RoleAssignments.class).get();
    String name = "IT seeded " + UUID.randomUUID();
    long before = latestAuditId();
    assertTrue(
        assignments.assignIfAbsent(
            Actor.system("it-seed"), name, BuiltInRole.READ_ONLY_OPERATOR, "it-seeded", List.of()));
    assertFalse(
        assignments.assignIfAbsent(
            Actor.system("it-seed"), name, BuiltInRole.READ_ONLY_OPERATOR, "it-seeded", List.of()),
        "an existing assignment is left alone");
    assertEquals(List.of("ROLE_ASSIGNED by system:it-seed"), actionsAndActorsAfter(before));
  }

  private static long countOf(String action, String actor) throws Exception {
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?")) {
      query.setString(1, action);
      query.setString(2, actor);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static List<String> actionsAndActorsAfter(long id) throws Exception {
    List<String> recorded = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT action, actor FROM audit_event WHERE id > ? AND actor LIKE 'system:it-%'"
                    + " ORDER BY id")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          recorded.add(rows.getString(1) + " by " + rows.getString(2));
        }
      }
    }
    return recorded;
  }

  private Map<String, Scenario> scenarios() {
    TenantRegistry tenants = CDI.current().select(TenantRegistry.class).get();
    RoleAdministration roles = CDI.current().select(RoleAdministration.class).get();
    AuditLog auditLog = CDI.current().select(AuditLog.class).get();
    StaffSessions sessions = CDI.current().select(StaffSessions.class).get();
    RoleAssignments assignments = CDI.current().select(RoleAssignments.class).get();
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT audit admin",
        BuiltInRole.MSP_ADMINISTRATOR,
        "audit-admin",
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT audit roles",
        BuiltInRole.ROLE_ADMINISTRATOR,
        "audit-roles",
        List.of());
    String run = UUID.randomUUID().toString().substring(0, 8);
    Tenant[] tenant = new Tenant[1];
    Role[] role = new Role[1];
    RoleAssignment[] assignment = new RoleAssignment[1];

    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    scenarios.put(
        "TenantRegistry.register",
        new Scenario(
            "TENANT_REGISTERED",
            () -> as("audit-admin", () -> tenant[0] = tenants.register(draft(run)))));
    scenarios.put(
        "TenantRegistry.update",
        new Scenario(
            "TENANT_UPDATED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      TenantDraft change = TenantDraft.of(tenant[0]);
                      change.setNotes("changed");
                      return tenant[0] =
                          tenants.update(tenant[0].getId(), tenant[0].getVersion(), change);
                    })));
    scenarios.put(
        "TenantRegistry.archive",
        new Scenario(
            "TENANT_ARCHIVED",
            () ->
                as(
                    "audit-admin",
                    () -> tenant[0] = tenants.archive(tenant[0].getId(), tenant[0].getVersion()))));
    scenarios.put(
        "TenantRegistry.restore",
        new Scenario(
            "TENANT_RESTORED",
            () ->
                as(
                    "audit-admin",
                    () -> tenant[0] = tenants.restore(tenant[0].getId(), tenant[0].getVersion()))));
    scenarios.put(
        "RoleAdministration.createRole",
        new Scenario(
            "ROLE_CREATED",
            () -> as("audit-roles", () -> role[0] = roles.createRole(roleDraft("Audit " + run)))));
    scenarios.put(
        "RoleAdministration.changeRole",
        new Scenario(
            "ROLE_UPDATED",
            () ->
                as(
                    "audit-roles",
                    () ->
                        role[0] =
                            roles.changeRole(
                                role[0].getId(),
                                role[0].getVersion(),
                                roleDraft("Audit changed " + run)))));
    scenarios.put(
        "RoleAdministration.assign",
        new Scenario(
            "ROLE_ASSIGNED",
            () ->
                as(
                    "audit-roles",
                    () -> assignment[0] = roles.assign(assignmentDraft(role[0], run, "EMEA")))));
    scenarios.put(
        "RoleAdministration.changeAssignment",
        new Scenario(
            "ROLE_ASSIGNMENT_CHANGED",
            () ->
                as(
                    "audit-roles",
                    () ->
                        assignment[0] =
                            roles.changeAssignment(
                                assignment[0].getId(),
                                assignment[0].getVersion(),
                                assignmentDraft(role[0], run, "AMER")))));
    scenarios.put(
        "RoleAdministration.removeAssignment",
        new Scenario(
            "ROLE_ASSIGNMENT_REMOVED",
            () ->
                as(
                    "audit-roles",
                    () -> {
                      roles.removeAssignment(assignment[0].getId());
                      return null;
                    })));
    scenarios.put(
        "RoleAdministration.deleteRole",
        new Scenario(
            "ROLE_DELETED",
            () ->
                as(
                    "audit-roles",
                    () -> {
                      roles.deleteRole(role[0].getId());
                      return null;
                    })));
    scenarios.put(
        "StaffSessions.signIn",
        new Scenario(
            "STAFF_SIGNED_IN",
            () ->
                () ->
                    sessions.signIn(
                        new SignedInStaff(
                            "audit-staff-" + run,
                            "Audit Staff",
                            Set.of("audit-group-" + run),
                            Instant.now()),
                        EntraIdentity.of("oid-" + run, "tid-" + run),
                        "127.0.0.1")));
    scenarios.put(
        "StaffSessions.refuse",
        new Scenario(
            "STAFF_SIGN_IN_REFUSED",
            () ->
                () -> {
                  sessions.refuse(
                      StaffSessions.UNKNOWN_STAFF, SignInProblem.CANCELLED, "127.0.0.1");
                  return null;
                }));
    scenarios.put(
        "StaffSessions.signOut",
        new Scenario(
            "STAFF_SIGNED_OUT",
            () ->
                () -> {
                  sessions.signOut("audit-staff-" + run, "127.0.0.1");
                  return null;
                }));
    scenarios.put(
        "AuditLog.exportCsv",
        new Scenario(
            "AUDIT_EXPORTED", () -> as("audit-admin", () -> auditLog.exportCsv(new AuditQuery()))));
    consentScenarios(scenarios, tenant);
    return scenarios;
  }

  /** The consent use cases, on the tenant the tenant scenarios registered (restored by now). */
  private void consentScenarios(Map<String, Scenario> scenarios, Tenant[] tenant) {
    ConsentLinks links = CDI.current().select(ConsentLinks.class).get();
    CustomerConsent customer = CDI.current().select(CustomerConsent.class).get();
    ConsentVerification verification = CDI.current().select(ConsentVerification.class).get();
    ConsentLink[] link = new ConsentLink[1];
    String[] token = new String[1];
    String[] microsoftUrl = new String[1];
    String binding = "b".repeat(43);
    scenarios.put(
        "ConsentLinks.createLink",
        new Scenario(
            "CONSENT_LINK_CREATED",
            () ->
                as(
                    "audit-admin",
                    () -> {
                      link[0] = links.createLink(tenant[0].getId());
                      String url = links.urlOf(link[0]);
                      token[0] = url.substring(url.indexOf("link=") + 5);
                      return link[0];
                    })));
    scenarios.put(
        "ConsentLinks.sendLink",
        new Scenario(
            "CONSENT_LINK_SENT",
            () -> as("audit-admin", () -> links.sendLink(tenant[0].getId(), link[0].getId()))));
    scenarios.put(
        "CustomerConsent.open",
        new Scenario("CONSENT_LINK_OPENED", () -> () -> customer.open(token[0])));
    scenarios.put(
        "CustomerConsent.begin",
        new Scenario(
            "CONSENT_SENT_TO_MICROSOFT",
            () -> () -> microsoftUrl[0] = customer.begin(token[0], binding)));
    scenarios.put(
        "CustomerConsent.complete",
        new Scenario(
            "CONSENT_DECLINED",
            () ->
                () -> {
                  String state =
                      java.net.URLDecoder.decode(
                          microsoftUrl[0].substring(microsoftUrl[0].indexOf("state=") + 6),
                          java.nio.charset.StandardCharsets.UTF_8);
                  return customer.complete(
                      new CallbackParameters(
                          state,
                          "True",
                          "access_denied",
                          "AADSTS65004: User declined to consent to access the app.",
                          null),
                      binding);
                }));
    scenarios.put(
        "ConsentLinks.sendReconsentLink",
        new Scenario(
            "CONSENT_RECONSENT_LINK_SENT",
            () -> as("audit-admin", () -> links.sendReconsentLink(tenant[0].getId()))));
    scenarios.put(
        "ConsentVerification.verifyNow",
        new Scenario(
            "CONSENT_CHECKED",
            () -> as("audit-admin", () -> verification.verifyNow(tenant[0].getId()))));
  }

  /** Public methods of the use-case facades: transactional beans in boundary packages. */
  private static Set<String> useCaseMethods() {
    BeanManager beans = CDI.current().getBeanManager();
    Set<String> methods = new TreeSet<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      if (type.getPackageName().startsWith("com.mtdconnect.")
          && type.getPackageName().endsWith(".boundary")
          && type.isAnnotationPresent(Transactional.class)) {
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
            methods.add(type.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    return methods;
  }

  private static <T> Supplier<T> as(String username, Supplier<T> useCase) {
    return () -> {
      CDI.current()
          .select(HttpServletRequest.class)
          .get()
          .getSession(true)
          .setAttribute(
              SignedInStaff.SESSION_ATTRIBUTE,
              SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
      return useCase.get();
    };
  }

  private static long latestAuditId() throws Exception {
    try (Connection db = dataSource().getConnection()) {
      return AuditRecords.latestId(db);
    }
  }

  private static List<String> actionsAfter(long id) throws Exception {
    List<String> actions = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement("SELECT action FROM audit_event WHERE id > ? ORDER BY id")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
    }
    return actions;
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
  }

  private static TenantDraft draft(String run) {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName("Audit completeness " + run);
    draft.setDirectoryId("audit-" + run + ".example.org");
    draft.setContactName("Ada Auditor");
    draft.setContactEmail("ada@example.org");
    draft.setScopeTags("EMEA");
    return draft;
  }

  private static RoleDraft roleDraft(String name) {
    RoleDraft draft = new RoleDraft();
    draft.setName(name);
    draft.setPermissions(List.of(Permission.TENANTS_READ));
    return draft;
  }

  private static AssignmentDraft assignmentDraft(Role role, String run, String tag) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName("Audit assignment " + run);
    draft.setRoleId(role.getId());
    draft.setStaffMembers("audit-member-" + run);
    draft.setScopeTags(tag);
    return draft;
  }

  /**
   * A use case and the one audit action it must leave; {@code useCase} is built lazily because each
   * scenario works on what the one before it created.
   */
  private record Scenario(String action, Supplier<Supplier<?>> useCase) {
    void run() {
      useCase.get().get();
    }
  }
}
