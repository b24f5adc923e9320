package com.mtdconnect.rbac.entity;

import java.io.Serializable;

/** One way a permission is granted: a role, an assignment of it, and its members (Monitor view). */
public final class PermissionSource implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String role;
  private final String assignment;
  private final String members;
  private final String scope;

  public PermissionSource(String role, String assignment, String members, String scope) {
    this.role = role;
    this.assignment = assignment;
    this.members = members;
    this.scope = scope;
  }

  public static PermissionSource of(RoleAssignment a) {
    java.util.List<String> members = new java.util.ArrayList<>(a.getStaff());
    a.getGroups().forEach(g -> members.add("group " + g));
    return new PermissionSource(
        a.getRole().getName(), a.getName(), String.join(", ", members), a.getScopeDescription());
  }

  public static PermissionSource unassigned(Role role) {
    return new PermissionSource(role.getName(), "(not assigned)", "", "");
  }

  public String getRole() {
    return role;
  }

  public String getAssignment() {
    return assignment;
  }

  public String getMembers() {
    return members;
  }

  public String getScope() {
    return scope;
  }
}
