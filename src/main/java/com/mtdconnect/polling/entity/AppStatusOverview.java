package com.mtdconnect.polling.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the app status page shows for one tenant, all from stored data: the funnel per platform, the
 * connector as last read, and when the rounds stored it.
 */
public final class AppStatusOverview {

  private final List<InventorySummary> funnels;
  private final InventoryConnector connector;
  private final InventorySync sync;

  public AppStatusOverview(
      List<InventorySummary> funnels, InventoryConnector connector, InventorySync sync) {
    this.funnels = List.copyOf(funnels);
    this.connector = connector;
    this.sync = sync;
  }

  /** Whether any round stored data for the tenant yet. */
  public boolean isPolled() {
    return sync != null && sync.getEnrollmentAt() != null;
  }

  public List<InventorySummary> getFunnels() {
    return funnels;
  }

  public InventoryConnector getConnector() {
    return connector;
  }

  public InventorySync getSync() {
    return sync;
  }

  /** When the newest stored data was read (UTC), null before the first round. */
  public LocalDateTime getReadAt() {
    LocalDateTime newest = null;
    if (sync != null) {
      for (LocalDateTime t :
          new LocalDateTime[] {
            sync.getEnrollmentAt(), sync.getAppStatusAt(), sync.getConnectorAt()
          }) {
        if (t != null && (newest == null || t.isAfter(newest))) {
          newest = t;
        }
      }
    }
    return newest;
  }
}
