package com.mtdconnect.graph.entity;

import java.util.List;
import java.util.Optional;

/** An Entra group as the portal needs it for targeting. */
public record DirectoryGroup(
    String id,
    String displayName,
    Optional<String> description,
    boolean securityEnabled,
    boolean mailEnabled,
    List<String> groupTypes) {

  public DirectoryGroup {
    groupTypes = List.copyOf(groupTypes);
  }

  public boolean isMicrosoft365() {
    return groupTypes.contains("Unified");
  }

  /** Whether Entra computes the membership from a rule ({@code DynamicMembership}). */
  public boolean isDynamic() {
    return groupTypes.contains("DynamicMembership");
  }
}
