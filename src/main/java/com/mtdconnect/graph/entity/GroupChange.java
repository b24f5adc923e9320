package com.mtdconnect.graph.entity;

import java.util.List;
import java.util.Optional;

/**
 * One group in a delta round: its current properties (empty when the group was removed), and the
 * direct members added and removed. The same group may appear several times in one round (large
 * groups are split across pages): merge the member lists.
 */
public record GroupChange(
    String groupId,
    Optional<DirectoryGroup> group,
    boolean removed,
    List<String> addedMemberIds,
    List<String> removedMemberIds) {

  public GroupChange {
    addedMemberIds = List.copyOf(addedMemberIds);
    removedMemberIds = List.copyOf(removedMemberIds);
  }
}
