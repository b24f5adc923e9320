package com.mtdconnect.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.auditlog.boundary.AuditLog;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.auditlog.entity.AuditRow;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.rbac.boundary.RbacMonitor;
import com.mtdconnect.rbac.boundary.RoleAdministration;
import com.mtdconnect.rbac.control.BuiltInRoleCatalog;
import com.mtdconnect.rbac.control.EffectivePermissions;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.OutsideYourScope;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.PermissionSource;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.rbac.entity.RoleNotFound;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.rbac.entity.UnknownScopeTag;
import com.mtdconnect.testsupport.AuditRecords;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scope tags on roles, as in Intune, inside the server: a role administrator scoped to some tags
 * sees and manages only the roles and assignments of those tags; and the upgrade of the built-in
 * roles of a database created by an earlier version.
 */
@PortalIT
class RoleScopeTagsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(RoleScopeTagsIT.class);
  }

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private RoleAdministration roles;
  private RoleAssignments assignments;

  @BeforeEach
  void lookUpBeans() {
    roles = CDI.current().select(RoleAdministration.class).get();
    assignments = CDI.current().select(RoleAssignments.class).get();
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: it-roles-all",
        BuiltInRole.ROLE_ADMINISTRATOR,
        "it-roles-all",
        List.of());
  }

  @Test
  void aTagScopedRoleAdministratorSeesAndManagesOnlyTheRolesAndAssignmentsOfTheirTags() {
    String emea = "REmea" + run;
    String apac = "RApac" + run;
    signInAs("it-roles-all");
    Role emeaRole = roles.createRole(roleDraft("EMEA desk " + run, emea));
    Role apacRole = roles.createRole(roleDraft("APAC desk " + run, apac));
    Role untagged = roles.createRole(roleDraft("Untagged desk " + run, ""));
    RoleAssignment emeaAssignment =
        roles.assign(assignmentDraft("EMEA grant " + run, emeaRole, emea));
    RoleAssignment apacAssignment =
        roles.assign(assignmentDraft("APAC grant " + run, apacRole, apac));
    String scoped = "it-roles-emea-" + run;
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: " + scoped,
        BuiltInRole.ROLE_ADMINISTRATOR,
        scoped,
        List.of(emea));

    signInAs(scoped);
    List<String> seen = roles.roles().stream().map(Role::getName).toList();
    assertTrue(seen.contains(emeaRole.getName()), seen.toString());
    assertFalse(seen.contains(apacRole.getName()), seen.toString());
    assertFalse(seen.contains(untagged.getName()), "untagged roles belong to all tenants");
    for (BuiltInRole builtIn : BuiltInRole.values()) {
      assertTrue(seen.contains(builtIn.getDisplayName()), "built-in roles are seen by everyone");
    }
    assertEquals(seen, roles.assignableRoles().stream().map(Role::getName).toList());
    List<String> seenAssignments =
        roles.assignments().stream().map(RoleAssignment::getName).toList();
    assertTrue(seenAssignments.contains(emeaAssignment.getName()), seenAssignments.toString());
    assertFalse(seenAssignments.contains(apacAssignment.getName()));
    assertFalse(seenAssignments.contains("Demo: admin"), "all-tenant assignments reach further");
    assertEquals(emeaRole.getName(), roles.role(emeaRole.getId()).getName());
    assertThrows(RoleNotFound.class, () -> roles.role(apacRole.getId()));
    assertThrows(RoleNotFound.class, () -> roles.assignment(apacAssignment.getId()));

    assertThrows(OutsideYourScope.class, () -> roles.createRole(roleDraft("Far " + run, apac)));
    assertThrows(OutsideYourScope.class, () -> roles.createRole(roleDraft("Bare " + run, "")));
    assertThrows(
        OutsideYourScope.class,
        () -> roles.createRole(roleDraft("Half " + run, emea + ", " + apac)),
        "every tag must lie within the scope");
    Role mine = roles.createRole(roleDraft("Mine " + run, emea));
    assertThrows(
        RoleNotFound.class,
        () -> roles.changeRole(apacRole.getId(), apacRole.getVersion(), roleDraft("x", apac)));
    assertThrows(
        OutsideYourScope.class,
        () -> roles.changeRole(mine.getId(), mine.getVersion(), roleDraft("Mine " + run, apac)),
        "a role cannot be moved out of reach");
    assertThrows(RoleNotFound.class, () -> roles.deleteRole(apacRole.getId()));

    assertThrows(
        RoleNotFound.class,
        () -> roles.assign(assignmentDraft("Steal " + run, apacRole, emea)),
        "a role they do not see cannot be given");
    AssignmentDraft everywhere = assignmentDraft("Everywhere " + run, mine, "");
    everywhere.setAllTenants(true);
    assertThrows(OutsideYourScope.class, () -> roles.assign(everywhere));
    assertThrows(
        OutsideYourScope.class, () -> roles.assign(assignmentDraft("Far " + run, mine, apac)));
    RoleAssignment given = roles.assign(assignmentDraft("Given " + run, mine, emea));
    assertThrows(RoleNotFound.class, () -> roles.removeAssignment(apacAssignment.getId()));
    roles.removeAssignment(given.getId());
    roles.deleteRole(mine.getId());

    List<String> grantingRoles =
        CDI.current().select(RbacMonitor.class).get().sourcesOf(Permission.TENANTS_UPDATE).stream()
            .map(PermissionSource::getRole)
            .toList();
    assertTrue(grantingRoles.contains(emeaRole.getName()), grantingRoles.toString());
    assertFalse(grantingRoles.contains(apacRole.getName()), "the Monitor views are scoped too");

    signInAs("it-roles-all");
    assertTrue(
        roles.roles().stream()
            .map(Role::getName)
            .toList()
            .containsAll(List.of(emeaRole.getName(), apacRole.getName(), untagged.getName())),
        "role administrators on all tenants see every role");
    AuditQuery byScoped = new AuditQuery();
    byScoped.setActor(scoped);
    List<AuditEvent> recorded =
        CDI.current().select(AuditLog.class).get().events(byScoped, 0, 100).stream()
            .map(AuditRow::getEvent)
            .toList();
    List<String> actions = recorded.stream().map(AuditEvent::getAction).toList();
    assertTrue(
        actions.containsAll(
            List.of("ROLE_CREATED", "ROLE_ASSIGNED", "ROLE_ASSIGNMENT_REMOVED", "ROLE_DELETED")),
        actions.toString());
    assertTrue(
        actions.stream().filter("ACCESS_DENIED"::equals).count() >= 10,
        "every refusal is recorded: " + actions);
    assertTrue(
        recorded.stream()
            .filter(e -> e.getAction().equals("ROLE_CREATED"))
            .allMatch(e -> e.getAfterState().contains("\"scopeTags\":[\"" + emea + "\"]")),
        "the role's scope tags are in its audit record");
  }

  /**
   * An assignment's tags are picked from those that exist (on tenants, assignments or custom
   * roles): a role administrator on some tags is offered exactly those and adds none; one on all
   * tenants is offered every tag and may add a new one on purpose, while a picked tag that exists
   * nowhere is refused in words.
   */
  @Test
  void assignmentsPickExistingScopeTagsAndOnlyRoleAdministratorsOnAllTenantsAddNewOnes() {
    String mine = "PkMine" + run;
    String fresh = "PkFresh" + run;
    signInAs("it-roles-all");
    Role role = roles.createRole(roleDraft("Picker desk " + run, mine));
    assertTrue(roles.mayAddScopeTags());
    List<String> offered = roles.assignmentScopeTagChoices();
    assertTrue(offered.contains(mine), "a tag a custom role carries exists: " + offered);
    assertFalse(offered.contains(fresh));

    AssignmentDraft nowhere = assignmentDraft("Nowhere " + run, role, fresh);
    UnknownScopeTag refused = assertThrows(UnknownScopeTag.class, () -> roles.assign(nowhere));
    assertTrue(refused.getMessage().contains("\"" + fresh + "\" does not exist"));
    AssignmentDraft added = assignmentDraft("Fresh grant " + run, role, mine);
    added.setNewScopeTag(fresh);
    RoleAssignment withNewTag = roles.assign(added);
    assertEquals(Set.of(mine, fresh), Set.copyOf(withNewTag.getScopeTags()));
    assertTrue(roles.assignmentScopeTagChoices().contains(fresh), "a new tag exists from then on");
    AssignmentDraft everywhere = assignmentDraft("Everywhere grant " + run, role, "Nowhere" + run);
    everywhere.setAllTenants(true);
    RoleAssignment allTenants = roles.assign(everywhere);
    assertTrue(allTenants.isAllTenants(), "all tenants needs no tag, and keeps none");
    assertEquals(List.of(), allTenants.getScopeTags());

    String scoped = "it-roles-pick-" + run;
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: " + scoped,
        BuiltInRole.ROLE_ADMINISTRATOR,
        scoped,
        List.of(mine));
    signInAs(scoped);
    assertFalse(roles.mayAddScopeTags());
    assertEquals(List.of(mine), roles.assignmentScopeTagChoices(), "exactly their own tags");
    AssignmentDraft beyond = assignmentDraft("Beyond " + run, role, mine);
    beyond.setNewScopeTag("PkOther" + run);
    assertThrows(OutsideYourScope.class, () -> roles.assign(beyond));

    signInAs("it-roles-all");
    roles.removeAssignment(withNewTag.getId());
    roles.removeAssignment(allTenants.getId());
  }

  /**
   * The audit log and Admin permissions follow the viewer's Roles scope like the role pages: a role
   * administrator on tag X reads the events (with their before and after) of the roles and
   * assignments tagged X, in the search and in the CSV, and none of those tagged only Y, nor a
   * role's move from Y to X; one on all tenants reads every one.
   */
  @Test
  void roleEventsAndAdminPermissionsReachOnlyAsFarAsTheViewersRolesScope() {
    LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(2);
    String x = "AuX" + run;
    String y = "AuY" + run;
    String member = "it-member-" + run;
    String yOnly = "it-y-only-" + run;
    signInAs("it-roles-all");
    Role xRole = roles.createRole(roleDraft("X desk " + run, x));
    Role yRole = roles.createRole(roleDraft("Y desk " + run, y));
    yRole = roles.changeRole(yRole.getId(), yRole.getVersion(), roleDraft("Y desk " + run, y));
    Role moved = roles.createRole(roleDraft("Moved desk " + run, y));
    moved = roles.changeRole(moved.getId(), moved.getVersion(), roleDraft("Moved " + run, x));
    AssignmentDraft toX = assignmentDraft("X grant " + run, xRole, x);
    toX.setStaffMembers(member);
    RoleAssignment xAssignment = roles.assign(toX);
    AssignmentDraft toY = assignmentDraft("Y grant " + run, yRole, y);
    toY.setStaffMembers(member + ", " + yOnly);
    RoleAssignment yAssignment = roles.assign(toY);
    String scoped = "it-roles-x-" + run;
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: " + scoped,
        BuiltInRole.ROLE_ADMINISTRATOR,
        scoped,
        List.of(x));
    String inX = "Role:" + xRole.getId();
    String inXAssignment = "RoleAssignment:" + xAssignment.getId();
    String inY = "Role:" + yRole.getId();
    String inYAssignment = "RoleAssignment:" + yAssignment.getId();
    String movedRole = "Role:" + moved.getId();

    AuditQuery query = new AuditQuery();
    query.setFrom(start);
    query.setActor("it-roles-all");
    AuditLog log = CDI.current().select(AuditLog.class).get();
    RbacMonitor monitor = CDI.current().select(RbacMonitor.class).get();

    signInAs(scoped);
    List<AuditEvent> seen = log.events(query, 0, 1000).stream().map(AuditRow::getEvent).toList();
    Set<String> seenObjects = objects(seen);
    assertTrue(seenObjects.containsAll(List.of(inX, inXAssignment)), seenObjects.toString());
    assertFalse(seenObjects.contains(inY), "a role tagged only Y is out of reach");
    assertFalse(seenObjects.contains(inYAssignment), "an assignment tagged only Y too");
    assertFalse(
        seen.stream()
            .anyMatch(e -> e.getAction().equals("ROLE_UPDATED") && key(e).equals(movedRole)),
        "moving a role from Y to X shows its Y side: for all-tenant role administrators only");
    assertFalse(seenObjects.contains(movedRole), "it was created in Y, then moved");
    assertEquals(seen.size(), log.count(query));
    String csv = log.exportCsv(query);
    assertTrue(csv.contains(csvObject(xRole.getId(), "Role")), csv);
    assertTrue(csv.contains(csvObject(xAssignment.getId(), "RoleAssignment")), csv);
    assertFalse(csv.contains(csvObject(yRole.getId(), "Role")), csv);
    assertFalse(csv.contains(csvObject(yAssignment.getId(), "RoleAssignment")), csv);
    assertFalse(csv.contains("Y desk " + run), "no before or after of Y reaches the export");
    Set<String> visibleActions =
        log.events(new AuditQuery(), 0, 100_000).stream()
            .map(AuditRow::getEvent)
            .map(AuditEvent::getAction)
            .collect(java.util.stream.Collectors.toSet());
    assertEquals(
        visibleActions,
        Set.copyOf(log.actions()),
        "the filter offers exactly the actions of the events they can see");
    assertTrue(log.actions().contains("ROLE_CREATED"));

    List<String> staff = monitor.staffUsernames();
    assertTrue(staff.contains(member), "direct members of visible assignments are listed");
    assertFalse(staff.contains(yOnly), "members of assignments out of reach are not");
    EffectivePermissions ofMember = monitor.permissionsOf(member);
    assertEquals(List.of(xRole.getName()), ofMember.roleNames());
    assertEquals(
        TenantScope.ofTags(List.of(x)), ofMember.scopeOf(Permission.TENANTS_UPDATE), "X's only");
    assertFalse(monitor.viewerScope().allTenants(), "the page notes what is not shown");

    signInAs("it-roles-all");
    List<AuditEvent> all = log.events(query, 0, 1000).stream().map(AuditRow::getEvent).toList();
    assertTrue(
        objects(all).containsAll(List.of(inX, inXAssignment, inY, inYAssignment, movedRole)),
        "role administrators on all tenants read every role event");
    assertTrue(
        all.stream()
            .anyMatch(e -> e.getAction().equals("ROLE_UPDATED") && key(e).equals(movedRole)));
    String allCsv = log.exportCsv(query);
    assertTrue(allCsv.contains(csvObject(yRole.getId(), "Role")), allCsv);
    assertTrue(allCsv.contains(csvObject(yAssignment.getId(), "RoleAssignment")), allCsv);
    assertTrue(log.actions().contains("ROLE_UPDATED"));
    assertTrue(monitor.staffUsernames().containsAll(List.of(member, yOnly)));
    EffectivePermissions everywhere = monitor.permissionsOf(member);
    assertEquals(List.of(xRole.getName(), yRole.getName()), everywhere.roleNames());
    assertEquals(TenantScope.ofTags(List.of(x, y)), everywhere.scopeOf(Permission.TENANTS_UPDATE));
  }

  private static Set<String> objects(List<AuditEvent> events) {
    return events.stream().map(RoleScopeTagsIT::key).collect(Collectors.toSet());
  }

  private static String key(AuditEvent event) {
    return event.getObjectType() + ":" + event.getObjectId();
  }

  private static String csvObject(long id, String objectType) {
    return ",\"" + objectType + "\",\"" + id + "\",";
  }

  /**
   * A database created by an earlier version: built-in roles stored with older permission sets (one
   * missing permissions, one holding a permission it no longer has, one with none), a custom role
   * and assignments. At start the catalog brings every built-in role to the current table and
   * leaves the custom role and every assignment exactly as they were; each role it changes is in
   * the audit log, and a start that changes nothing records nothing.
   */
  @Test
  void anEarlierVersionsBuiltInRolesAreBroughtToTheCurrentTableWithoutTouchingCustomRoles()
      throws Exception {
    long custom;
    try (Connection db = dataSource().getConnection();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "DELETE p FROM rbac_role_permission p JOIN rbac_role r ON r.id = p.role_id"
              + " WHERE r.built_in IN ('ONBOARDING_OPERATOR', 'HELP_DESK_OPERATOR')"
              + " AND p.permission NOT IN ('TENANTS_READ')");
      sql.executeUpdate(
          "INSERT INTO rbac_role_permission (role_id, permission) SELECT id, 'TENANTS_DELETE'"
              + " FROM rbac_role WHERE built_in = 'READ_ONLY_OPERATOR'");
      sql.executeUpdate(
          "DELETE p FROM rbac_role_permission p JOIN rbac_role r ON r.id = p.role_id"
              + " WHERE r.built_in = 'ROLE_ADMINISTRATOR'");
      custom =
          insert(
              db,
              "INSERT INTO rbac_role (name, description, version) VALUES (?, 'old custom', 3)",
              "Legacy custom " + run);
      for (String permission : List.of("TENANTS_READ", "TENANTS_DELETE", "AUDIT_READ")) {
        insert(
            db,
            "INSERT INTO rbac_role_permission (role_id, permission) VALUES (?, ?)",
            custom,
            permission);
      }
      long legacy =
          insert(
              db,
              "INSERT INTO rbac_assignment (name, description, role_id, all_tenants, version)"
                  + " VALUES (?, 'old', ?, FALSE, 2)",
              "Legacy grant " + run,
              custom);
      insert(
          db,
          "INSERT INTO rbac_assignment_staff (assignment_id, username) VALUES (?, 'legacy-user')",
          legacy);
      insert(
          db,
          "INSERT INTO rbac_assignment_scope_tag (assignment_id, scope_tag) VALUES (?, 'EMEA')",
          legacy);
    }
    Map<String, String> assignmentsBefore = assignmentRows();
    assertTrue(
        !storedPermissions("ONBOARDING_OPERATOR")
            .equals(names(BuiltInRole.ONBOARDING_OPERATOR.permissions())),
        "the database is aged");

    long auditBefore = latestAuditId();
    BuiltInRoleCatalog catalog = CDI.current().select(BuiltInRoleCatalog.class).get();
    catalog.synchronize(new Startup());

    assertEquals(
        List.of(
            "HELP_DESK_OPERATOR",
            "ONBOARDING_OPERATOR",
            "READ_ONLY_OPERATOR",
            "ROLE_ADMINISTRATOR"),
        builtInRolesUpdatedAfter(auditBefore),
        "every built-in role the start changed is audited, the others are not");
    long auditAfterUpgrade = latestAuditId();
    catalog.synchronize(new Startup());
    assertEquals(
        List.of(),
        builtInRolesUpdatedAfter(auditAfterUpgrade),
        "a start that changes nothing records nothing");

    for (BuiltInRole builtIn : BuiltInRole.values()) {
      assertEquals(names(builtIn.permissions()), storedPermissions(builtIn.name()), builtIn.name());
    }
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT r.version, r.description, GROUP_CONCAT(p.permission ORDER BY p.permission)"
                    + " FROM rbac_role r JOIN rbac_role_permission p ON p.role_id = r.id"
                    + " WHERE r.id = ? GROUP BY r.id, r.version, r.description")) {
      query.setLong(1, custom);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        assertEquals(3, row.getLong(1), "the custom role is not even touched");
        assertEquals("old custom", row.getString(2));
        assertEquals("AUDIT_READ,TENANTS_DELETE,TENANTS_READ", row.getString(3));
      }
    }
    assertEquals(assignmentsBefore, assignmentRows(), "assignments are left as they were");
  }

  private static Set<String> names(Set<Permission> permissions) {
    Set<String> names = new TreeSet<>();
    permissions.forEach(p -> names.add(p.name()));
    return names;
  }

  private static Set<String> storedPermissions(String builtIn) throws Exception {
    Set<String> stored = new TreeSet<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT p.permission FROM rbac_role_permission p JOIN rbac_role r"
                    + " ON r.id = p.role_id WHERE r.built_in = ?")) {
      query.setString(1, builtIn);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stored.add(rows.getString(1));
        }
      }
    }
    return stored;
  }

  /** Every assignment with its role, version, members and tags, as stored. */
  private static Map<String, String> assignmentRows() throws Exception {
    Map<String, String> rows = new TreeMap<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT a.name, a.role_id, a.version, a.all_tenants,"
                    + " (SELECT GROUP_CONCAT(username ORDER BY username) FROM rbac_assignment_staff"
                    + "  WHERE assignment_id = a.id),"
                    + " (SELECT GROUP_CONCAT(scope_tag ORDER BY scope_tag)"
                    + "  FROM rbac_assignment_scope_tag WHERE assignment_id = a.id)"
                    + " FROM rbac_assignment a");
        ResultSet result = query.executeQuery()) {
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 2; i <= 6; i++) {
          values.add(String.valueOf(result.getObject(i)));
        }
        rows.put(result.getString(1), String.join("|", values));
      }
    }
    return rows;
  }

  private static long insert(Connection db, String sql, Object... parameters) throws Exception {
    try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        insert.setObject(i + 1, parameters[i]);
      }
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        return key.next() ? key.getLong(1) : 0;
      }
    }
  }

  private static long latestAuditId() throws Exception {
    try (Connection db = dataSource().getConnection()) {
      return AuditRecords.latestId(db);
    }
  }

  /** The built-in roles the catalog recorded as changed after this audit event. */
  private static List<String> builtInRolesUpdatedAfter(long auditId) throws Exception {
    List<String> updated = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT r.built_in, e.before_state, e.after_state FROM audit_event e"
                    + " JOIN rbac_role r ON r.id = CAST(e.object_id AS UNSIGNED)"
                    + " WHERE e.id > ? AND e.actor = ? AND e.action = 'ROLE_UPDATED'"
                    + " AND e.object_type = 'Role' ORDER BY r.built_in")) {
      query.setLong(1, auditId);
      query.setString(2, BuiltInRoleCatalog.ACTOR_NAME);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          assertTrue(
              !rows.getString(2).equals(rows.getString(3)),
              "the record shows the permissions before and after: " + rows.getString(3));
          updated.add(rows.getString(1));
        }
      }
    }
    return updated;
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
  }

  private static RoleDraft roleDraft(String name, String tags) {
    RoleDraft draft = new RoleDraft();
    draft.setName(name);
    draft.setScopeTags(tags);
    draft.setPermissions(
        List.copyOf(EnumSet.of(Permission.TENANTS_READ, Permission.TENANTS_UPDATE)));
    return draft;
  }

  private static AssignmentDraft assignmentDraft(String name, Role role, String tags) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName(name);
    draft.setRoleId(role.getId());
    draft.setStaffMembers("member-" + name.replace(' ', '-'));
    draft.setScopeTags(tags);
    return draft;
  }

  private static void signInAs(String username) {
    CDI.current()
        .select(HttpServletRequest.class)
        .get()
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
  }
}
