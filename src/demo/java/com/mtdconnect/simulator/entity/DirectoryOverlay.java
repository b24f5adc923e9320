package com.mtdconnect.simulator.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in a tenant's directory after generation, plus the change log that delta queries
 * replay. Guarded by its own monitor: callers synchronise on the overlay.
 */
public final class DirectoryOverlay {

  private final Map<Integer, String> renamedGroups = new HashMap<>();
  private final Set<Integer> deletedGroups = new HashSet<>();
  private final Map<Integer, Map<Integer, Boolean>> membershipOverrides = new HashMap<>();
  private final List<SimGroup> createdGroups = new ArrayList<>();
  private final List<DirectoryChange> log = new ArrayList<>();
  private long version;

  public synchronized long version() {
    return version;
  }

  public synchronized Optional<String> renamed(int group) {
    return Optional.ofNullable(renamedGroups.get(group));
  }

  public synchronized boolean isDeleted(int group) {
    return deletedGroups.contains(group);
  }

  /** Empty if the generated membership applies; otherwise whether the user is a member. */
  public synchronized Optional<Boolean> membershipOverride(int group, int user) {
    Map<Integer, Boolean> forGroup = membershipOverrides.get(group);
    return forGroup == null ? Optional.empty() : Optional.ofNullable(forGroup.get(user));
  }

  public synchronized Map<Integer, Boolean> overridesOf(int group) {
    return Map.copyOf(membershipOverrides.getOrDefault(group, Map.of()));
  }

  public synchronized List<SimGroup> createdGroups() {
    return List.copyOf(createdGroups);
  }

  public synchronized void rename(int group, String name) {
    renamedGroups.put(group, name);
    record(group, DirectoryChange.Kind.GROUP_UPDATED, -1);
  }

  public synchronized void deleteGroup(int group) {
    deletedGroups.add(group);
    record(group, DirectoryChange.Kind.GROUP_DELETED, -1);
  }

  public synchronized void setMember(int group, int user, boolean member) {
    membershipOverrides.computeIfAbsent(group, g -> new HashMap<>()).put(user, member);
    record(
        group,
        member ? DirectoryChange.Kind.MEMBER_ADDED : DirectoryChange.Kind.MEMBER_REMOVED,
        user);
  }

  public synchronized void addCreatedGroup(SimGroup group) {
    createdGroups.add(group);
    record(group.index(), DirectoryChange.Kind.GROUP_UPDATED, -1);
  }

  /** Changes with a version greater than {@code after}, oldest first. */
  public synchronized List<DirectoryChange> changesAfter(long after) {
    List<DirectoryChange> result = new ArrayList<>();
    for (DirectoryChange change : log) {
      if (change.version() > after) {
        result.add(change);
      }
    }
    return result;
  }

  private void record(int group, DirectoryChange.Kind kind, int user) {
    version++;
    log.add(new DirectoryChange(version, group, kind, user));
  }
}
