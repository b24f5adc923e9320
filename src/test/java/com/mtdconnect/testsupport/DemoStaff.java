package com.mtdconnect.testsupport;

import java.util.Map;

/** The demo staff members the tests sign in as, by username (see DemoStaffAccounts). */
public final class DemoStaff {
  private static final Map<String, String> PASSWORDS =
      Map.of(
          "admin", "demo-admin",
          "operator", "demo-operator",
          "support", "demo-support",
          "rbacadmin", "demo-rbacadmin",
          "emea-support", "demo-emea",
          "policy", "demo-policy",
          "helpdesk", "demo-helpdesk");

  private DemoStaff() {}

  static String password(String username) {
    String password = PASSWORDS.get(username);
    if (password == null) {
      throw new IllegalArgumentException("no demo staff member " + username);
    }
    return password;
  }

  /** The demo sign-in secret of a staff member, for browser tests that type it. */
  public static String passwordOf(String username) {
    return password(username);
  }
}
