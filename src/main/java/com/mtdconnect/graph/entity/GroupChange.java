package com.mtdconnect.graph.entity;

import java.util.List;
import java.util.Optional;

/**
 * One group in a delta round: its current properties (empty when the group was removed, or on an
 * entry that only continues a large group's member list), and the direct user and device members
 * added and removed. The same group may appear several times in one round (large groups are split
 * across pages): merge the member lists. A group with device members is a device group, which MTD
 * compliance targeting cannot use.
 */
public record GroupChange(
    String groupId,
    Optional<DirectoryGroup> group,
    boolean removed,
    List<String> addedMemberIds,
    List<String> removedMemberIds,
    List<String> addedDeviceIds,
    List<String> removedDeviceIds) {

  public GroupChange {
    addedMemberIds = List.copyOf(addedMemberIds);
    removedMemberIds = List.copyOf(removedMemberIds);
    addedDeviceIds = List.copyOf(addedDeviceIds);
    removedDeviceIds = List.copyOf(removedDeviceIds);
  }
}
