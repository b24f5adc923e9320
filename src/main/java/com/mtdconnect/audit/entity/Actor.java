package com.mtdconnect.audit.entity;

/**
 * Who made a change and from where.
 *
 * @param name a staff username, or {@code system:<job>} for the portal's own work
 * @param address the client address, or null for the portal's own work
 */
public record Actor(String name, String address) {
  public static Actor system(String job) {
    return new Actor("system:" + job, null);
  }
}
