package com.mtdconnect.rbac.entity;

import java.io.Serializable;

/** One permission a staff member holds and the tenants it reaches (a row of the Monitor views). */
public final class EffectivePermission implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Permission permission;
  private final TenantScope scope;

  public EffectivePermission(Permission permission, TenantScope scope) {
    this.permission = permission;
    this.scope = scope;
  }

  public Permission getPermission() {
    return permission;
  }

  public String getCategory() {
    return permission.getCategory().getLabel();
  }

  public String getAction() {
    return permission.getAction().getLabel();
  }

  public String getScope() {
    return permission.getCategory().isScopedByTags() ? scope.describe() : "Portal-wide";
  }
}
