package com.mtdconnect.identity.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The built-in staff roles of the portal and what each may do. Full Intune-style role assignments
 * with scope tags arrive with the RBAC issue; these roles are its built-in starting set.
 */
public enum StaffRole {
  MSP_ADMINISTRATOR("MSP Administrator", EnumSet.allOf(Permission.class)),
  ONBOARDING_OPERATOR(
      "Onboarding Operator",
      EnumSet.of(Permission.TENANTS_READ, Permission.TENANTS_CREATE, Permission.TENANTS_UPDATE)),
  READ_ONLY_OPERATOR("Read Only Operator", EnumSet.of(Permission.TENANTS_READ));

  private final String displayName;
  private final Set<Permission> permissions;

  StaffRole(String displayName, Set<Permission> permissions) {
    this.displayName = displayName;
    this.permissions = permissions;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }

  /** The container group that carries this role. */
  public String groupName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
