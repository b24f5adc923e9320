package com.mtdconnect.simulator.entity;

import java.util.List;

/** A simulated directory group, materialised on demand. */
public record SimGroup(
    int index,
    String id,
    String displayName,
    String description,
    boolean securityEnabled,
    boolean mailEnabled,
    String mailNickname,
    List<String> groupTypes) {

  public SimGroup {
    groupTypes = List.copyOf(groupTypes);
  }

  public SimGroup renamed(String newName) {
    return new SimGroup(
        index, id, newName, description, securityEnabled, mailEnabled, mailNickname, groupTypes);
  }
}
