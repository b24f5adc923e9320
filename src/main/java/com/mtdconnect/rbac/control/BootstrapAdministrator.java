package com.mtdconnect.rbac.control;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.platform.control.StaffSignInSettings;
import com.mtdconnect.rbac.entity.BuiltInRole;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production, on the first start (no role assignment exists yet), gives MSP Administrator and
 * Role Administrator on all tenants to the first administrators named in configuration: the members
 * of an Entra group ({@code portal.bootstrap-admin.group}, its object id) and/or one staff member
 * ({@code portal.bootstrap-admin.user}, their {@code preferred_username}, usually the UPN). Later
 * starts change nothing, so an assignment removed by a Role Administrator stays removed.
 */
@ApplicationScoped
public class BootstrapAdministrator {
  private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

  /** Who the audit log names for the first administrators' assignments. */
  static final Actor BOOTSTRAP = Actor.system("bootstrap-admin");

  @Inject StaffSignInSettings signIn;
  @Inject RoleAssignments assignments;

  @Inject
  @ConfigProperty(name = "portal.bootstrap-admin.group")
  Optional<String> group;

  @Inject
  @ConfigProperty(name = "portal.bootstrap-admin.user")
  Optional<String> user;

  /**
   * Runs after every other start-up step that may create role assignments (the built-in role sync,
   * and a demo layer's sample staff), so it acts only on a portal that really has none.
   */
  void assignOnFirstStart(@Observes @Priority(DatabaseMigration.PRIORITY + 50) Startup startup) {
    signIn
        .missing()
        .ifPresent(
            key ->
                LOG.warning(
                    "Staff sign-in is not configured: set "
                        + key
                        + " (see README, \"Staff sign-in with Entra ID\"). Nobody can sign in."));
    if (!assignments.noneExist()) {
      return;
    }
    Optional<String> groupId = set(group).map(g -> g.toLowerCase(Locale.ROOT));
    Optional<String> username = set(user);
    if (groupId.isEmpty() && username.isEmpty()) {
      LOG.warning(
          "No role assignment exists and neither portal.bootstrap-admin.group nor"
              + " portal.bootstrap-admin.user is set: staff can sign in but may do nothing."
              + " Set one of them and restart.");
      return;
    }
    groupId.ifPresent(
        id -> {
          assignments.assignToGroupIfAbsent(
              BOOTSTRAP,
              "MSP Administrator (first administrators)",
              BuiltInRole.MSP_ADMINISTRATOR,
              id,
              List.of());
          assignments.assignToGroupIfAbsent(
              BOOTSTRAP,
              "Role Administrator (first administrators)",
              BuiltInRole.ROLE_ADMINISTRATOR,
              id,
              List.of());
          LOG.info(() -> "The members of Entra group " + id + " are the first administrators");
        });
    username.ifPresent(
        name -> {
          assignments.assignIfAbsent(
              BOOTSTRAP,
              "MSP Administrator (first administrator)",
              BuiltInRole.MSP_ADMINISTRATOR,
              name,
              List.of());
          assignments.assignIfAbsent(
              BOOTSTRAP,
              "Role Administrator (first administrator)",
              BuiltInRole.ROLE_ADMINISTRATOR,
              name,
              List.of());
          LOG.info(() -> "Staff member " + name + " is the first administrator");
        });
  }

  private static Optional<String> set(Optional<String> value) {
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }
}
