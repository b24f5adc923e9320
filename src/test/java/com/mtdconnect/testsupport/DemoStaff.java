package com.mtdconnect.testsupport;

import java.util.Set;

/**
 * The demo staff members the tests sign in as, by username (see DemoStaffAccounts and the
 * simulator's DemoScenario.staff()). They sign in through the simulator's identity provider by
 * picking their name; there is no password.
 */
public final class DemoStaff {
  private static final Set<String> USERNAMES =
      Set.of("admin", "operator", "support", "rbacadmin", "emea-support", "policy", "helpdesk");

  private DemoStaff() {}

  /** The username itself, if it names a demo staff member. */
  public static String require(String username) {
    if (!USERNAMES.contains(username)) {
      throw new IllegalArgumentException("no demo staff member " + username);
    }
    return username;
  }
}
