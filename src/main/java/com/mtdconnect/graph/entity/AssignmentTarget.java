package com.mtdconnect.graph.entity;

/**
 * What an Intune object is assigned to: a group (included or excluded), all licensed users or all
 * devices.
 *
 * @param groupId the group's object id; empty for the "all users" and "all devices" targets
 * @param appIntent for app assignments, the install intent Intune stored ({@code required}, {@code
 *     available}, ...); {@code required} when we assign
 */
public record AssignmentTarget(Kind kind, String groupId, boolean excluded, String appIntent) {

  /** The kinds of assignment targets Intune knows that the portal keeps. */
  public enum Kind {
    GROUP,
    ALL_LICENSED_USERS,
    ALL_DEVICES
  }

  public AssignmentTarget {
    groupId = groupId == null ? "" : groupId;
    appIntent = appIntent == null || appIntent.isBlank() ? "required" : appIntent;
  }

  public AssignmentTarget(String groupId, boolean excluded) {
    this(Kind.GROUP, groupId, excluded, "required");
  }

  public static AssignmentTarget include(String groupId) {
    return new AssignmentTarget(groupId, false);
  }

  public static AssignmentTarget exclude(String groupId) {
    return new AssignmentTarget(groupId, true);
  }

  /** Same target (kind, group, include or exclude), whatever the intent. */
  public String targetKey() {
    return kind + ":" + groupId + (excluded ? ":excluded" : "");
  }
}
