package com.mtdconnect.identity.control;

import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.rbac.control.BuiltInRoleCatalog;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The sample staff of the demo MSP, created in demo mode only: each account with one role
 * assignment, some on all tenants, some scoped to scope tags.
 */
@ApplicationScoped
public class DemoStaffAccounts {

  /**
   * The demo sign-in accounts; the sign-in page, the README and the demo launcher show the same
   * list.
   */
  public static final List<DemoStaffAccount> ACCOUNTS =
      List.of(
          new DemoStaffAccount(
              "admin", "Avery Admin", "demo-admin", BuiltInRole.MSP_ADMINISTRATOR, List.of()),
          new DemoStaffAccount(
              "operator",
              "Olivia Operator",
              "demo-operator",
              BuiltInRole.ONBOARDING_OPERATOR,
              List.of("EMEA", "AMER")),
          new DemoStaffAccount(
              "support", "Sam Support", "demo-support", BuiltInRole.READ_ONLY_OPERATOR, List.of()),
          new DemoStaffAccount(
              "rbacadmin",
              "Rene Roles",
              "demo-rbacadmin",
              BuiltInRole.ROLE_ADMINISTRATOR,
              List.of()),
          new DemoStaffAccount(
              "emea-support",
              "Elena EMEA Support",
              "demo-emea",
              BuiltInRole.READ_ONLY_OPERATOR,
              List.of("EMEA")),
          new DemoStaffAccount(
              "policy",
              "Paula Policies",
              "demo-policy",
              BuiltInRole.POLICY_AND_PROFILE_MANAGER,
              List.of()),
          new DemoStaffAccount(
              "helpdesk",
              "Hugo Helpdesk",
              "demo-helpdesk",
              BuiltInRole.HELP_DESK_OPERATOR,
              List.of("EMEA")));

  @Inject PortalSettings settings;
  @Inject StaffDirectory staff;
  @Inject RoleAssignments assignments;

  void create(@Observes @Priority(BuiltInRoleCatalog.PRIORITY + 5) Startup startup) {
    if (settings.isDemo()) {
      ACCOUNTS.forEach(
          a -> {
            staff.addIfAbsent(a.getUsername(), a.getDisplayName(), a.getPassword().toCharArray());
            assignments.assignIfAbsent(
                "Demo: " + a.getUsername(), a.role, a.getUsername(), a.scopeTags);
          });
    }
  }

  /** A demo sign-in account (a JavaBean, so that pages can list it). */
  public static final class DemoStaffAccount {
    private final String username;
    private final String displayName;
    private final String password;
    private final BuiltInRole role;
    private final List<String> scopeTags;

    DemoStaffAccount(
        String username,
        String displayName,
        String password,
        BuiltInRole role,
        List<String> scopeTags) {
      this.username = username;
      this.displayName = displayName;
      this.password = password;
      this.role = role;
      this.scopeTags = scopeTags;
    }

    public String getUsername() {
      return username;
    }

    public String getDisplayName() {
      return displayName;
    }

    public String getPassword() {
      return password;
    }

    /** The built-in role the account is given. */
    public BuiltInRole builtInRole() {
      return role;
    }

    /** The scope tags of its assignment; empty for all tenants. */
    public List<String> scopeTags() {
      return scopeTags;
    }

    /** The role and its scope, e.g. "Onboarding Operator on EMEA, AMER". */
    public String getRole() {
      return role.getDisplayName()
          + (scopeTags.isEmpty() ? " on all tenants" : " on " + String.join(", ", scopeTags));
    }
  }
}
