package com.mtdconnect.platform.entity;

/** How this portal instance runs; chosen by the {@code portal.mode} configuration property. */
public enum PortalMode {
  /**
   * Embedded database, the Microsoft cloud simulator inside the server, sample tenants and staff.
   */
  DEMO,
  /** A real MariaDB and the real Microsoft endpoints; the simulator answers 404. */
  PRODUCTION;

  public boolean isDemo() {
    return this == DEMO;
  }
}
