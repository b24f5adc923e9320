package com.mtdconnect.demo.control;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.rbac.control.BuiltInRoleCatalog;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.control.presenter.DemoScenario;
import com.mtdconnect.simulator.entity.SimStaffAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The role assignments of the demo MSP's staff, created at start (once; existing assignments of the
 * same name are left alone). Every built-in role has a demo member. Some roles are given to the
 * simulator's Entra groups, whose members come from the sign-in token, the others to users
 * directly. Who the staff are (names, groups) is the simulator's identity provider's business
 * ({@link DemoScenario#staff()}); the portal keeps no passwords.
 */
@ApplicationScoped
public class DemoStaffAccounts {

  /** The demo staff and their roles; the sign-in page, the README and the demo launcher show it. */
  public static final List<DemoStaffAccount> ACCOUNTS =
      List.of(
          DemoStaffAccount.throughGroup(
              "admin", BuiltInRole.MSP_ADMINISTRATOR, List.of(), DemoScenario.PORTAL_ADMINS_GROUP),
          DemoStaffAccount.direct(
              "operator", BuiltInRole.ONBOARDING_OPERATOR, List.of("EMEA", "AMER")),
          DemoStaffAccount.direct("support", BuiltInRole.READ_ONLY_OPERATOR, List.of()),
          DemoStaffAccount.direct("rbacadmin", BuiltInRole.ROLE_ADMINISTRATOR, List.of()),
          DemoStaffAccount.direct("emea-support", BuiltInRole.READ_ONLY_OPERATOR, List.of("EMEA")),
          DemoStaffAccount.throughGroup(
              "policy",
              BuiltInRole.POLICY_AND_PROFILE_MANAGER,
              List.of(),
              DemoScenario.POLICY_MANAGERS_GROUP),
          DemoStaffAccount.throughGroup(
              "helpdesk",
              BuiltInRole.HELP_DESK_OPERATOR,
              List.of("EMEA"),
              DemoScenario.HELP_DESK_EMEA_GROUP));

  /** The demo seeding's actor in the audit log, as for the sample tenants. */
  private static final Actor SEEDER = Actor.system("demo-seed");

  @Inject RoleAssignments assignments;

  void create(@Observes @Priority(BuiltInRoleCatalog.PRIORITY + 5) Startup startup) {
    for (DemoStaffAccount a : ACCOUNTS) {
      if (a.group.isPresent()) {
        assignments.assignToGroupIfAbsent(
            SEEDER,
            "Demo: " + a.getGroupName(),
            a.role,
            a.group.get(),
            a.getGroupName(),
            a.scopeTags);
      } else {
        assignments.assignIfAbsent(
            SEEDER, "Demo: " + a.username, a.role, a.username, a.getDisplayName(), a.scopeTags);
      }
    }
  }

  /** A demo staff member and their role (a JavaBean, so that pages can list it). */
  public static final class DemoStaffAccount {
    private final String username;
    private final BuiltInRole role;
    private final List<String> scopeTags;
    private final Optional<String> group;

    private DemoStaffAccount(
        String username, BuiltInRole role, List<String> scopeTags, Optional<String> group) {
      this.username = username;
      this.role = role;
      this.scopeTags = scopeTags;
      this.group = group;
    }

    static DemoStaffAccount direct(String username, BuiltInRole role, List<String> scopeTags) {
      return new DemoStaffAccount(username, role, scopeTags, Optional.empty());
    }

    static DemoStaffAccount throughGroup(
        String username, BuiltInRole role, List<String> scopeTags, String groupId) {
      return new DemoStaffAccount(username, role, scopeTags, Optional.of(groupId));
    }

    public String getUsername() {
      return username;
    }

    /** The name the simulator's identity provider gives them. */
    public String getDisplayName() {
      return DemoScenario.staff().stream()
          .filter(s -> s.username().equals(username))
          .map(SimStaffAccount::displayName)
          .findFirst()
          .orElse(username);
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

    /** How the role reaches them: directly, or as a member of an Entra group. */
    public String getMembership() {
      return group.isPresent() ? "through the Entra group " + getGroupName() : "assigned directly";
    }

    public String getGroupName() {
      return group.map(id -> DemoScenario.STAFF_GROUP_NAMES.getOrDefault(id, id)).orElse("");
    }
  }
}
