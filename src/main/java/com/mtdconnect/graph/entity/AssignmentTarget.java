package com.mtdconnect.graph.entity;

/** A group an Intune object is assigned to, or excluded from. */
public record AssignmentTarget(String groupId, boolean excluded) {

  public static AssignmentTarget include(String groupId) {
    return new AssignmentTarget(groupId, false);
  }

  public static AssignmentTarget exclude(String groupId) {
    return new AssignmentTarget(groupId, true);
  }
}
