package com.mtdconnect.rbac.entity;

import java.util.Arrays;
import java.util.List;

/**
 * What a staff member may do: a category of objects and an action on them, in the spirit of
 * Intune's RBAC permissions. Roles are sets of these; role assignments say for which tenants.
 */
public enum Permission {
  TENANTS_READ(
      Category.TENANTS,
      Action.READ,
      "See customer tenants: the list, each tenant's status, health, history and alerts, and export the list."),
  TENANTS_CREATE(
      Category.TENANTS,
      Action.CREATE,
      "Register customer tenants, one at a time or from a CSV file."),
  TENANTS_UPDATE(
      Category.TENANTS, Action.UPDATE, "Change a tenant's name, contact, scope tags and notes."),
  TENANTS_DELETE(
      Category.TENANTS,
      Action.DELETE,
      "Archive a tenant (it stops being polled and gets no consent link) and restore it."),
  CONSENT_READ(
      Category.CONSENT,
      Action.READ,
      "See a tenant's admin consent: its links, what Microsoft granted, the permission catalogue and the outbox."),
  CONSENT_CREATE(
      Category.CONSENT,
      Action.CREATE,
      "Create admin consent and re-consent links and send them to the customer by mail."),
  CONSENT_DELETE(
      Category.CONSENT,
      Action.DELETE,
      "Withdraw consent links; no page offers this yet, so it grants nothing today."),
  CONSENT_RUN(
      Category.CONSENT,
      Action.RUN,
      "Verify a tenant's consent with Microsoft now (this can mark the tenant degraded)."),
  ONBOARDING_READ(
      Category.ONBOARDING,
      Action.READ,
      "See the onboarding wizard, onboarding profiles, provisioning plans and runs, install status and the app catalogue."),
  ONBOARDING_RUN(
      Category.ONBOARDING,
      Action.RUN,
      "Run onboarding: save the wizard's steps, search the customer's groups, apply profiles, plan, apply, offboard and cancel."),
  POLICIES_READ(
      Category.POLICIES,
      Action.READ,
      "See mobile security policy templates, tenant policies, their versions, differences and drift."),
  POLICIES_CREATE(
      Category.POLICIES,
      Action.CREATE,
      "Create mobile security policy templates and onboarding profiles."),
  POLICIES_UPDATE(
      Category.POLICIES,
      Action.UPDATE,
      "Change policy templates, tenant policies and onboarding profiles, and accept drift found in Intune."),
  POLICIES_DELETE(
      Category.POLICIES, Action.DELETE, "Delete policy templates and onboarding profiles."),
  POLICIES_ASSIGN(
      Category.POLICIES,
      Action.ASSIGN,
      "Give a template to tenants, publish it to their Intune and revert drift by publishing again."),
  JOBS_READ(Category.JOBS, Action.READ, "See polling rounds, their outcomes and the job history."),
  JOBS_RUN(
      Category.JOBS,
      Action.RUN,
      "Start a tenant's polling round now (Sync now, Retry now) and recompute its health."),
  DASHBOARDS_READ(
      Category.DASHBOARDS, Action.READ, "See the fleet overview and the tenant health dashboards."),
  AUDIT_READ(
      Category.AUDIT,
      Action.READ,
      "Read and export the audit log (role changes only within the reader's Roles scope)."),
  ROLES_READ(
      Category.ROLES,
      Action.READ,
      "See roles, role assignments and the Monitor views (roles by permission, admin permissions)."),
  ROLES_CREATE(Category.ROLES, Action.CREATE, "Create custom roles."),
  ROLES_UPDATE(
      Category.ROLES,
      Action.UPDATE,
      "Change custom roles: name, description, permissions and scope tags."),
  ROLES_DELETE(Category.ROLES, Action.DELETE, "Delete custom roles that no assignment uses."),
  ROLES_ASSIGN(
      Category.ROLES,
      Action.ASSIGN,
      "Give roles to staff members and Entra groups for scope tags or all tenants, change and remove assignments."),
  CATALOGUE_UPDATE(
      Category.CATALOGUE,
      Action.UPDATE,
      "Change the MSP's app catalogue that provisioning sends to every tenant (portal-wide)."),
  ALERT_RULES_UPDATE(
      Category.ALERT_RULES,
      Action.UPDATE,
      "Manage who is alerted about the health of the tenants of a scope tag, and send test alerts.");

  /** The kinds of objects permissions are about. */
  public enum Category {
    TENANTS("Tenants", true, true),
    CONSENT("Consent", true, true),
    ONBOARDING("Onboarding", true, true),
    POLICIES("Policies", true, true),
    JOBS("Jobs", true, true),
    DASHBOARDS("Dashboards", true, true),
    AUDIT("Audit", false, false),
    ROLES("Roles", false, true),
    /** The MSP's app catalogue that provisioning sends to every tenant (portal-wide). */
    CATALOGUE("App catalogue", false, false),
    /**
     * Who is alerted about the health of the tenants of a scope tag; an assignment's scope tags
     * limit the tags whose rules its holders manage.
     */
    ALERT_RULES("Alert rules", true, true);

    private final String label;
    private final boolean tenantScoped;
    private final boolean scopedByTags;

    Category(String label, boolean tenantScoped, boolean scopedByTags) {
      this.label = label;
      this.tenantScoped = tenantScoped;
      this.scopedByTags = scopedByTags;
    }

    public String getLabel() {
      return label;
    }

    /** Whether scope tags limit this category to some tenants (roles and audit are portal-wide). */
    public boolean isTenantScoped() {
      return tenantScoped;
    }

    /**
     * Whether an assignment's scope tags limit what this category reaches: the tenants of tenant
     * categories, and for roles (as in Intune) the custom roles and assignments a role
     * administrator sees and manages. Audit is portal-wide.
     */
    public boolean isScopedByTags() {
      return scopedByTags;
    }

    public List<Permission> getPermissions() {
      return Arrays.stream(Permission.values()).filter(p -> p.category == this).toList();
    }
  }

  /** What can be done to objects of a category. */
  public enum Action {
    READ("Read"),
    CREATE("Create"),
    UPDATE("Update"),
    DELETE("Delete"),
    ASSIGN("Assign"),
    RUN("Run");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  private final Category category;
  private final Action action;
  private final String explanation;

  Permission(Category category, Action action, String explanation) {
    this.category = category;
    this.action = action;
    this.explanation = explanation;
  }

  public Category getCategory() {
    return category;
  }

  public Action getAction() {
    return action;
  }

  /** The name for EL and forms ("TENANTS_READ"). */
  public String getName() {
    return name();
  }

  public String describe() {
    return category.getLabel() + ": " + action.getLabel();
  }

  public String getDescription() {
    return describe();
  }

  /** What the permission lets its holder do, in plain words (shown beside it in the role pages). */
  public String getExplanation() {
    return explanation;
  }
}
