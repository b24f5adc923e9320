package com.mtdconnect.rbac.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * What one role assignment gives one staff member: the role's permissions, for the assignment's
 * tenants.
 *
 * @param roleName the assigned role
 * @param assignmentName the assignment that gives it
 * @param permissions the role's permissions
 * @param scope the tenants the assignment reaches
 */
public record Grant(
    String roleName, String assignmentName, Set<Permission> permissions, TenantScope scope)
    implements Serializable {

  public Grant {
    permissions = Set.copyOf(permissions);
  }

  public static Grant of(RoleAssignment assignment) {
    return new Grant(
        assignment.getRole().getName(),
        assignment.getName(),
        assignment.getRole().permissions(),
        assignment.scope());
  }
}
