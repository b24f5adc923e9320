package com.mtdconnect.rbac.control;

import com.mtdconnect.rbac.entity.EffectivePermission;
import com.mtdconnect.rbac.entity.Grant;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.TenantScope;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What one staff member may do where, from all their role assignments, as Intune combines them:
 * permissions add up across assignments, and each assignment's permissions reach only that
 * assignment's tenants. Holding Read on EMEA from one assignment and Update on AMER from another
 * gives Read on EMEA and Update on AMER, not Update on EMEA.
 */
public final class EffectivePermissions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final EffectivePermissions NONE = new EffectivePermissions(List.of());

  private final List<Grant> grants;

  private EffectivePermissions(List<Grant> grants) {
    this.grants = List.copyOf(grants);
  }

  public static EffectivePermissions of(Collection<Grant> grants) {
    return new EffectivePermissions(List.copyOf(grants));
  }

  public static EffectivePermissions none() {
    return NONE;
  }

  /** Whether any assignment grants the permission, for some tenants at least. */
  public boolean allows(Permission permission) {
    return !scopeOf(permission).isNone();
  }

  /** Whether an assignment that grants the permission reaches a tenant with these tags. */
  public boolean allowsOn(Permission permission, Collection<String> tenantTags) {
    return scopeOf(permission).covers(tenantTags);
  }

  /**
   * The tenants the permission reaches: the union of the scopes of the assignments that grant it.
   * Roles permissions reach the roles and assignments of the same scope tags; portal-wide
   * permissions (audit) reach everything once granted.
   */
  public TenantScope scopeOf(Permission permission) {
    TenantScope scope = TenantScope.NONE;
    for (Grant grant : grants) {
      if (grant.permissions().contains(permission)) {
        scope =
            scope.union(
                permission.getCategory().isScopedByTags() ? grant.scope() : TenantScope.ALL);
      }
    }
    return scope;
  }

  /** Every permission held, with its scope, in the order of {@link Permission}. */
  public List<EffectivePermission> list() {
    return Arrays.stream(Permission.values())
        .filter(this::allows)
        .map(p -> new EffectivePermission(p, scopeOf(p)))
        .toList();
  }

  /** The names of the roles held, each once. */
  public List<String> roleNames() {
    return grants.stream().map(Grant::roleName).distinct().sorted().toList();
  }

  public List<Grant> grants() {
    return grants;
  }
}
