package com.mtdconnect.rbac.entity;

import static com.mtdconnect.rbac.entity.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The built-in roles and their permissions: the same in every portal, never editable. Their rows in
 * {@code rbac_role} are kept equal to this table at every start.
 */
public enum BuiltInRole {
  MSP_ADMINISTRATOR(
      "MSP Administrator",
      "Manages every customer tenant end to end: tenants, consent, onboarding, policies, jobs and"
          + " dashboards; reads audit and roles. Cannot change roles or assignments.",
      EnumSet.complementOf(EnumSet.of(ROLES_CREATE, ROLES_UPDATE, ROLES_DELETE, ROLES_ASSIGN))),
  ONBOARDING_OPERATOR(
      "Onboarding Operator",
      "Registers and edits tenants, sends consent links and runs onboarding.",
      EnumSet.of(
          TENANTS_READ,
          TENANTS_CREATE,
          TENANTS_UPDATE,
          CONSENT_READ,
          CONSENT_CREATE,
          CONSENT_RUN,
          ONBOARDING_READ,
          ONBOARDING_RUN,
          POLICIES_READ,
          JOBS_READ,
          DASHBOARDS_READ)),
  POLICY_AND_PROFILE_MANAGER(
      "Policy and Profile Manager",
      "Manages mobile policies and their assignment to tenants.",
      EnumSet.of(
          TENANTS_READ,
          POLICIES_READ,
          POLICIES_CREATE,
          POLICIES_UPDATE,
          POLICIES_DELETE,
          POLICIES_ASSIGN,
          JOBS_READ,
          DASHBOARDS_READ)),
  HELP_DESK_OPERATOR(
      "Help Desk Operator",
      "Reads tenant state, assigns existing policies and re-runs jobs for customers.",
      EnumSet.of(
          TENANTS_READ,
          CONSENT_READ,
          CONSENT_RUN,
          ONBOARDING_READ,
          POLICIES_READ,
          POLICIES_ASSIGN,
          JOBS_READ,
          JOBS_RUN,
          DASHBOARDS_READ)),
  READ_ONLY_OPERATOR(
      "Read Only Operator",
      "Reads everything in its scope; changes nothing.",
      EnumSet.of(
          TENANTS_READ,
          CONSENT_READ,
          ONBOARDING_READ,
          POLICIES_READ,
          JOBS_READ,
          DASHBOARDS_READ,
          AUDIT_READ,
          ROLES_READ)),
  ROLE_ADMINISTRATOR(
      "Role Administrator",
      "Manages custom roles and assigns roles to staff: the only built-in role that may.",
      EnumSet.of(ROLES_READ, ROLES_CREATE, ROLES_UPDATE, ROLES_DELETE, ROLES_ASSIGN, AUDIT_READ));

  private final String displayName;
  private final String description;
  private final Set<Permission> permissions;

  BuiltInRole(String displayName, String description, Set<Permission> permissions) {
    this.displayName = displayName;
    this.description = description;
    this.permissions = Set.copyOf(permissions);
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getDescription() {
    return description;
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }
}
