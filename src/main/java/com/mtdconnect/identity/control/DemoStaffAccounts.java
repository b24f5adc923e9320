package com.mtdconnect.identity.control;

import com.mtdconnect.identity.entity.StaffRole;
import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.platform.control.PortalSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;

/** The sample staff of the demo MSP: one account per built-in role, created in demo mode only. */
@ApplicationScoped
public class DemoStaffAccounts {

  /**
   * The demo sign-in accounts; the sign-in page, the README and the demo launcher show the same
   * list.
   */
  public static final List<DemoStaffAccount> ACCOUNTS =
      List.of(
          new DemoStaffAccount("admin", "Avery Admin", "demo-admin", StaffRole.MSP_ADMINISTRATOR),
          new DemoStaffAccount(
              "operator", "Olivia Operator", "demo-operator", StaffRole.ONBOARDING_OPERATOR),
          new DemoStaffAccount(
              "support", "Sam Support", "demo-support", StaffRole.READ_ONLY_OPERATOR));

  @Inject PortalSettings settings;
  @Inject StaffDirectory staff;

  void create(@Observes @Priority(DatabaseMigration.PRIORITY + 10) Startup startup) {
    if (settings.isDemo()) {
      ACCOUNTS.forEach(
          a ->
              staff.addIfAbsent(
                  a.getUsername(), a.getDisplayName(), a.getPassword().toCharArray(), a.role()));
    }
  }

  /** A demo sign-in account (a JavaBean, so that pages can list it). */
  public static final class DemoStaffAccount {
    private final String username;
    private final String displayName;
    private final String password;
    private final StaffRole role;

    DemoStaffAccount(String username, String displayName, String password, StaffRole role) {
      this.username = username;
      this.displayName = displayName;
      this.password = password;
      this.role = role;
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

    public String getRole() {
      return role.getDisplayName();
    }

    StaffRole role() {
      return role;
    }
  }
}
