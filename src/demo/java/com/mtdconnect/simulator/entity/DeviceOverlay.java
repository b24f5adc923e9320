package com.mtdconnect.simulator.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Devices enrolled or removed after generation, and the change log that {@code /devices/delta}
 * replays. Added devices get indices after the generated ones. Guarded by its own monitor.
 */
public final class DeviceOverlay {

  /** One logged device change. */
  public record Change(long version, int device, boolean removed) {}

  private final List<Integer> addedOwners = new ArrayList<>();
  private final Set<Integer> removed = new HashSet<>();
  private final List<Change> log = new ArrayList<>();
  private long version;

  public synchronized int addedCount() {
    return addedOwners.size();
  }

  /** The owner of the {@code n}-th added device. */
  public synchronized int ownerOfAdded(int n) {
    return addedOwners.get(n);
  }

  public synchronized boolean isRemoved(int device) {
    return removed.contains(device);
  }

  public synchronized long version() {
    return version;
  }

  /** Records a new device for {@code owner}; returns its index. */
  public synchronized int add(int generatedCount, int owner) {
    addedOwners.add(owner);
    int index = generatedCount + addedOwners.size() - 1;
    log.add(new Change(++version, index, false));
    return index;
  }

  public synchronized void remove(int device) {
    if (removed.add(device)) {
      log.add(new Change(++version, device, true));
    }
  }

  public synchronized List<Change> changesAfter(long after) {
    List<Change> result = new ArrayList<>();
    for (Change c : log) {
      if (c.version() > after) {
        result.add(c);
      }
    }
    return result;
  }
}
