package com.mtdconnect.rbac.control;

import static com.mtdconnect.rbac.entity.Permission.AUDIT_READ;
import static com.mtdconnect.rbac.entity.Permission.ROLES_ASSIGN;
import static com.mtdconnect.rbac.entity.Permission.TENANTS_DELETE;
import static com.mtdconnect.rbac.entity.Permission.TENANTS_READ;
import static com.mtdconnect.rbac.entity.Permission.TENANTS_UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.BuiltInRoleIsReadOnly;
import com.mtdconnect.rbac.entity.Grant;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.TenantScope;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EffectivePermissionsTest {

  private static final List<String> EMEA_TENANT = List.of("EMEA", "Gold");
  private static final List<String> AMER_TENANT = List.of("AMER");
  private static final List<String> APAC_TENANT = List.of("APAC");

  @Test
  void permissionsAddUpAcrossAssignmentsThatReachTheSameTenants() {
    EffectivePermissions effective =
        EffectivePermissions.of(
            List.of(
                grant(Set.of(TENANTS_READ), TenantScope.ofTags(List.of("emea"))),
                grant(Set.of(TENANTS_READ, TENANTS_UPDATE), TenantScope.ofTags(List.of("EMEA")))));
    assertTrue(effective.allowsOn(TENANTS_READ, EMEA_TENANT));
    assertTrue(effective.allowsOn(TENANTS_UPDATE, EMEA_TENANT), "read + read/write = read/write");
    assertFalse(effective.allowsOn(TENANTS_DELETE, EMEA_TENANT));
  }

  @Test
  void eachAssignmentsPermissionsReachOnlyItsOwnTenants() {
    EffectivePermissions effective =
        EffectivePermissions.of(
            List.of(
                grant(Set.of(TENANTS_READ), TenantScope.ofTags(List.of("EMEA"))),
                grant(Set.of(TENANTS_READ, TENANTS_UPDATE), TenantScope.ofTags(List.of("AMER")))));
    assertTrue(effective.allowsOn(TENANTS_UPDATE, AMER_TENANT));
    assertFalse(effective.allowsOn(TENANTS_UPDATE, EMEA_TENANT), "update only where assigned");
    assertTrue(effective.allowsOn(TENANTS_READ, EMEA_TENANT));
    assertFalse(effective.allowsOn(TENANTS_READ, APAC_TENANT));
  }

  @Test
  void theVisibleTenantsAreTheUnionOfTheScopes() {
    EffectivePermissions effective =
        EffectivePermissions.of(
            List.of(
                grant(Set.of(TENANTS_READ), TenantScope.ofTags(List.of("EMEA"))),
                grant(Set.of(TENANTS_READ), TenantScope.ofTags(List.of("AMER", "Gold")))));
    assertEquals(
        TenantScope.ofTags(List.of("emea", "amer", "gold")), effective.scopeOf(TENANTS_READ));
    assertEquals(
        TenantScope.ALL,
        EffectivePermissions.of(
                List.of(
                    grant(Set.of(TENANTS_READ), TenantScope.ofTags(List.of("EMEA"))),
                    grant(Set.of(TENANTS_READ), TenantScope.ALL)))
            .scopeOf(TENANTS_READ),
        "one assignment on all tenants reaches all tenants");
  }

  @Test
  void noAssignmentsMeanNothing() {
    EffectivePermissions none = EffectivePermissions.none();
    Arrays.stream(Permission.values()).forEach(p -> assertFalse(none.allows(p), p.name()));
    assertTrue(none.scopeOf(TENANTS_READ).isNone());
    assertTrue(none.list().isEmpty());
  }

  @Test
  void auditIsPortalWideWhileRolesPermissionsKeepTheAssignmentsScopeTags() {
    EffectivePermissions effective =
        EffectivePermissions.of(
            List.of(grant(Set.of(AUDIT_READ, ROLES_ASSIGN), TenantScope.ofTags(List.of("EMEA")))));
    assertEquals(TenantScope.ALL, effective.scopeOf(AUDIT_READ));
    assertEquals("Portal-wide", effective.list().get(0).getScope());
    assertEquals(TenantScope.ofTags(List.of("emea")), effective.scopeOf(ROLES_ASSIGN));
    assertEquals("Tags: emea", effective.list().get(1).getScope());
  }

  @Test
  void tagsMatchWholeTagsIgnoringCase() {
    TenantScope emea = TenantScope.ofTags(List.of("EMEA"));
    assertTrue(emea.covers(List.of("emea")));
    assertFalse(emea.covers(List.of("EMEA-North")));
    assertFalse(emea.covers(List.of()), "an untagged tenant is only in all-tenant scopes");
    assertTrue(TenantScope.ALL.covers(List.of()));
  }

  @Test
  void onlyTheRoleAdministratorAmongBuiltInsAssignsRoles() {
    for (BuiltInRole role : BuiltInRole.values()) {
      assertEquals(role == BuiltInRole.ROLE_ADMINISTRATOR, role.grants(ROLES_ASSIGN), role.name());
    }
    assertTrue(BuiltInRole.MSP_ADMINISTRATOR.grants(TENANTS_DELETE));
    assertFalse(BuiltInRole.ONBOARDING_OPERATOR.grants(TENANTS_DELETE));
    assertTrue(
        BuiltInRole.READ_ONLY_OPERATOR.permissions().stream()
            .allMatch(p -> p.getAction() == Permission.Action.READ),
        "read only operators only read");
  }

  @Test
  void everyBuiltInRoleAndPermissionIsDescribedInItsOwnWords() {
    assertEquals(
        BuiltInRole.values().length,
        java.util.Arrays.stream(BuiltInRole.values())
            .map(BuiltInRole::getDescription)
            .filter(d -> d.length() > 60 && !d.equals("Built-in role."))
            .distinct()
            .count(),
        "each built-in role says what it is for");
    assertEquals(
        Permission.values().length,
        java.util.Arrays.stream(Permission.values())
            .map(Permission::getExplanation)
            .filter(d -> d.length() > 15 && d.endsWith("."))
            .distinct()
            .count(),
        "each permission says what it lets its holder do");
  }

  @Test
  void builtInRolesCannotBeChangedButCustomRolesCan() throws Exception {
    Role builtIn = new Role("Read Only Operator", "", Set.of(TENANTS_READ), List.of());
    Field key = Role.class.getDeclaredField("builtIn");
    key.setAccessible(true);
    key.set(builtIn, BuiltInRole.READ_ONLY_OPERATOR);
    assertThrows(
        BuiltInRoleIsReadOnly.class,
        () -> builtIn.changeDetails("Mine now", "", Set.of(TENANTS_DELETE), List.of()));
    assertTrue(builtIn.matchBuiltInDefinition(), "stored permissions follow the code");
    assertEquals(BuiltInRole.READ_ONLY_OPERATOR.permissions(), builtIn.permissions());
    assertEquals(
        BuiltInRole.READ_ONLY_OPERATOR.getDescription(),
        builtIn.getDescription(),
        "so does the description");
    assertFalse(builtIn.matchBuiltInDefinition(), "a second start changes nothing");

    Role custom = new Role("EMEA desk", "", Set.of(TENANTS_READ), List.of("EMEA"));
    custom.changeDetails(
        "EMEA desk",
        "reads and edits",
        EnumSet.of(TENANTS_READ, TENANTS_UPDATE),
        List.of("EMEA", "AMER"));
    assertEquals(Set.of(TENANTS_READ, TENANTS_UPDATE), custom.permissions());
    assertEquals(List.of("AMER", "EMEA"), custom.getScopeTags());
    assertFalse(custom.matchBuiltInDefinition());
  }

  @Test
  void customRolesAreSeenThroughTheirScopeTagsAndBuiltInRolesByEveryone() throws Exception {
    TenantScope emea = TenantScope.ofTags(List.of("emea"));
    TenantScope apac = TenantScope.ofTags(List.of("APAC"));
    Role tagged = new Role("EMEA desk", "", Set.of(TENANTS_READ), List.of("EMEA", "Gold"));
    Role untagged = new Role("Anyone's", "", Set.of(TENANTS_READ), List.of());
    Role builtIn = new Role("Read Only Operator", "", Set.of(TENANTS_READ), List.of());
    Field key = Role.class.getDeclaredField("builtIn");
    key.setAccessible(true);
    key.set(builtIn, BuiltInRole.READ_ONLY_OPERATOR);

    assertTrue(tagged.isVisibleWithin(emea), "shares EMEA (any case)");
    assertFalse(tagged.isVisibleWithin(apac));
    assertTrue(tagged.isVisibleWithin(TenantScope.ALL));
    assertFalse(untagged.isVisibleWithin(emea), "untagged: only for all tenants");
    assertTrue(untagged.isVisibleWithin(TenantScope.ALL));
    assertTrue(builtIn.isVisibleWithin(apac));
  }

  @Test
  void aScopeContainsOnlyWhatLiesWhollyInsideIt() {
    TenantScope emeaAmer = TenantScope.ofTags(List.of("EMEA", "AMER"));
    assertTrue(emeaAmer.contains(List.of("emea")));
    assertFalse(emeaAmer.contains(List.of("EMEA", "APAC")), "one tag outside is too far");
    assertFalse(emeaAmer.contains(List.of()), "untagged objects belong to all tenants");
    assertFalse(emeaAmer.contains(TenantScope.ALL));
    assertTrue(emeaAmer.contains(TenantScope.ofTags(List.of("Amer"))));
    assertTrue(TenantScope.ALL.contains(List.of()));
    assertTrue(TenantScope.ALL.contains(TenantScope.ALL));
  }

  private static Grant grant(Set<Permission> permissions, TenantScope scope) {
    return new Grant("role", "assignment", permissions, scope);
  }
}
