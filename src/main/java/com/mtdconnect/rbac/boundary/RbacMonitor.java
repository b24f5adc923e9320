package com.mtdconnect.rbac.boundary;

import com.mtdconnect.identity.control.StaffDirectory;
import com.mtdconnect.rbac.control.EffectivePermissions;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.EffectivePermission;
import com.mtdconnect.rbac.entity.Grant;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.PermissionSource;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Monitor views, as in Intune: my permissions, which roles and assignments grant a permission,
 * and what one staff member may do where. Read-only; the last two need Roles: Read, and show only
 * the roles and assignments the caller's Roles: Read scope tags reach.
 */
@ApplicationScoped
@Transactional
public class RbacMonitor {

  @PersistenceContext EntityManager em;
  @Inject StaffAccess access;
  @Inject RoleAssignments assignments;
  @Inject StaffDirectory staffDirectory;

  /** Every permission the caller holds, with the tenants it reaches. */
  @Requires
  public List<EffectivePermission> myPermissions() {
    return access.permissions().list();
  }

  /** Refuses staff who may not read roles. */
  @Requires(Permission.ROLES_READ)
  public void requireRolesRead() {
    // the guard refuses before this empty body runs
  }

  /** The roles granting the permission, each with the assignments and members that receive it. */
  @Requires(Permission.ROLES_READ)
  public List<PermissionSource> sourcesOf(Permission permission) {
    TenantScope scope = access.scopeOf(Permission.ROLES_READ);
    List<PermissionSource> sources = new ArrayList<>();
    for (Role role :
        em.createNamedQuery(Role.GRANTING, Role.class)
            .setParameter("permission", permission)
            .getResultList()) {
      if (!role.isVisibleWithin(scope)) {
        continue;
      }
      List<RoleAssignment> of =
          em.createNamedQuery(RoleAssignment.OF_ROLE, RoleAssignment.class)
              .setParameter("role", role)
              .getResultStream()
              .filter(a -> a.isVisibleWithin(scope))
              .toList();
      if (of.isEmpty()) {
        sources.add(PermissionSource.unassigned(role));
      }
      of.forEach(a -> sources.add(PermissionSource.of(a)));
    }
    return sources;
  }

  /**
   * What a staff member may do where: through assignments naming them, and through assignments of
   * the Entra groups their last sign-in token listed; of those only the assignments the caller's
   * Roles: Read scope reaches (as on the role pages), so a scoped caller sees the permissions
   * coming from within their scope.
   */
  @Requires(Permission.ROLES_READ)
  public EffectivePermissions permissionsOf(String username) {
    TenantScope scope = access.scopeOf(Permission.ROLES_READ);
    return EffectivePermissions.of(
        assignments.of(username, staffDirectory.lastGroupsOf(username)).stream()
            .filter(a -> a.isVisibleWithin(scope))
            .map(Grant::of)
            .toList());
  }

  /**
   * The staff members the caller may look up: those who have signed in, and the direct members of
   * the assignments the caller's Roles: Read scope reaches.
   */
  @Requires(Permission.ROLES_READ)
  public List<String> staffUsernames() {
    Set<String> usernames = new TreeSet<>();
    staffDirectory.all().forEach(account -> usernames.add(account.getUsername()));
    assignments
        .visibleWithin(access.scopeOf(Permission.ROLES_READ))
        .forEach(a -> usernames.addAll(a.getStaff()));
    return List.copyOf(usernames);
  }

  /**
   * What the portal knows of a staff member's sign-in, which group-based assignments depend on: the
   * Entra groups come from the sign-in token, so they are known only from the first sign-in on and
   * as of the last one.
   */
  @Requires(Permission.ROLES_READ)
  public SignInFacts signInOf(String username) {
    return staffDirectory
        .find(username)
        .flatMap(a -> a.lastSignedInAt().map(at -> new SignInFacts(at, a.entraGroups().size())))
        .orElse(SignInFacts.NEVER);
  }

  /**
   * When someone last signed in and with how many Entra groups in the token.
   *
   * @param lastSignIn null when they never signed in
   */
  public record SignInFacts(java.time.LocalDateTime lastSignIn, int groups)
      implements java.io.Serializable {
    static final SignInFacts NEVER = new SignInFacts(null, 0);

    public boolean signedIn() {
      return lastSignIn != null;
    }
  }

  /** The caller's Roles: Read scope, which limits the views above. */
  @Requires(Permission.ROLES_READ)
  public TenantScope viewerScope() {
    return access.scopeOf(Permission.ROLES_READ);
  }
}
