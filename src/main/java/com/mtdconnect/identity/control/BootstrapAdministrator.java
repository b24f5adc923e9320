package com.mtdconnect.identity.control;

import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production, creates the first MSP administrator (MSP Administrator and Role Administrator on
 * all tenants) when no staff account exists yet, with the password from configuration ({@code
 * portal.bootstrap-admin.password}, best given as an environment variable or secret).
 */
@ApplicationScoped
public class BootstrapAdministrator {
  private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

  @Inject PortalSettings settings;
  @Inject StaffDirectory staff;
  @Inject RoleAssignments assignments;

  @Inject
  @ConfigProperty(name = "portal.bootstrap-admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "portal.bootstrap-admin.password")
  Optional<String> password;

  void createIfNoStaff(@Observes @Priority(DatabaseMigration.PRIORITY + 10) Startup startup) {
    if (settings.isDemo() || !staff.isEmpty()) {
      return;
    }
    if (password.filter(p -> p.length() >= 12).isEmpty()) {
      LOG.warning(
          "No staff account exists and portal.bootstrap-admin.password is not set (12+ characters):"
              + " nobody can sign in. Set PORTAL_BOOTSTRAP_ADMIN_PASSWORD and restart.");
      return;
    }
    staff.addIfAbsent(username, "MSP administrator", password.get().toCharArray());
    assignments.assignIfAbsent(
        "MSP Administrator (first administrator)",
        BuiltInRole.MSP_ADMINISTRATOR,
        username,
        List.of());
    assignments.assignIfAbsent(
        "Role Administrator (first administrator)",
        BuiltInRole.ROLE_ADMINISTRATOR,
        username,
        List.of());
    LOG.info(() -> "Created the first MSP administrator account \"" + username + "\"");
  }
}
