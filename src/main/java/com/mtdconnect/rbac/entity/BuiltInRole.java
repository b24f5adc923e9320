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
      "Runs the MSP's customer tenants end to end within its scope: registers, edits and"
          + " archives tenants, sends consent links, onboards and provisions tenants, manages"
          + " mobile security policies, onboarding profiles, alert rules and the app catalogue,"
          + " re-runs jobs, and reads the dashboards, the audit log and the roles. It cannot"
          + " change roles or assign them; that is the Role Administrator's job.",
      EnumSet.complementOf(EnumSet.of(ROLES_CREATE, ROLES_UPDATE, ROLES_DELETE, ROLES_ASSIGN))),
  ONBOARDING_OPERATOR(
      "Onboarding Operator",
      "Brings new customers on board: registers and edits tenants, creates and sends admin"
          + " consent links and verifies them, and runs onboarding and provisioning into Intune."
          + " Reads policies, jobs and dashboards; archives no tenant and changes no policy.",
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
      "Owns the MSP's mobile security policies and onboarding profiles: creates, changes and"
          + " deletes templates, gives them to tenants and publishes them to Intune, and accepts"
          + " or reverts drift. Reads tenants, jobs and dashboards; runs no onboarding.",
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
      "First-line support for customers: reads tenants, consent, onboarding and dashboards,"
          + " verifies consent with Microsoft, gives existing policies to tenants and re-runs"
          + " polling rounds. Creates, archives and deletes nothing.",
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
      "For support staff and auditors: reads everything in its scope (tenants, consent,"
          + " onboarding, policies, jobs, dashboards, the audit log and the roles) and changes"
          + " nothing.",
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
      "Decides who may do what: creates, changes and deletes custom roles and assigns roles"
          + " to staff members and Entra groups within its scope, and reads the audit log. The"
          + " only built-in role that may; it manages no tenant.",
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
