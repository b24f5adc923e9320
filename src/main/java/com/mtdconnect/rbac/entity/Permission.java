package com.mtdconnect.rbac.entity;

import java.util.Arrays;
import java.util.List;

/**
 * What a staff member may do: a category of objects and an action on them, in the spirit of
 * Intune's RBAC permissions. Roles are sets of these; role assignments say for which tenants.
 */
public enum Permission {
  TENANTS_READ(Category.TENANTS, Action.READ),
  TENANTS_CREATE(Category.TENANTS, Action.CREATE),
  TENANTS_UPDATE(Category.TENANTS, Action.UPDATE),
  TENANTS_DELETE(Category.TENANTS, Action.DELETE),
  CONSENT_READ(Category.CONSENT, Action.READ),
  CONSENT_CREATE(Category.CONSENT, Action.CREATE),
  CONSENT_DELETE(Category.CONSENT, Action.DELETE),
  CONSENT_RUN(Category.CONSENT, Action.RUN),
  ONBOARDING_READ(Category.ONBOARDING, Action.READ),
  ONBOARDING_RUN(Category.ONBOARDING, Action.RUN),
  POLICIES_READ(Category.POLICIES, Action.READ),
  POLICIES_CREATE(Category.POLICIES, Action.CREATE),
  POLICIES_UPDATE(Category.POLICIES, Action.UPDATE),
  POLICIES_DELETE(Category.POLICIES, Action.DELETE),
  POLICIES_ASSIGN(Category.POLICIES, Action.ASSIGN),
  JOBS_READ(Category.JOBS, Action.READ),
  JOBS_RUN(Category.JOBS, Action.RUN),
  DASHBOARDS_READ(Category.DASHBOARDS, Action.READ),
  AUDIT_READ(Category.AUDIT, Action.READ),
  ROLES_READ(Category.ROLES, Action.READ),
  ROLES_CREATE(Category.ROLES, Action.CREATE),
  ROLES_UPDATE(Category.ROLES, Action.UPDATE),
  ROLES_DELETE(Category.ROLES, Action.DELETE),
  ROLES_ASSIGN(Category.ROLES, Action.ASSIGN),
  CATALOGUE_UPDATE(Category.CATALOGUE, Action.UPDATE),
  ALERT_RULES_UPDATE(Category.ALERT_RULES, Action.UPDATE);

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

  Permission(Category category, Action action) {
    this.category = category;
    this.action = action;
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
}
