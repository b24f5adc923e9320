package com.mtdconnect.simulator.entity;

/**
 * One entry of a tenant's directory change log, which delta queries replay.
 *
 * @param version strictly increasing per tenant
 * @param groupIndex the group concerned
 * @param kind what happened
 * @param userIndex the member concerned, or -1
 */
public record DirectoryChange(long version, int groupIndex, Kind kind, int userIndex) {

  /** What changed. */
  public enum Kind {
    GROUP_UPDATED,
    GROUP_DELETED,
    MEMBER_ADDED,
    MEMBER_REMOVED
  }
}
