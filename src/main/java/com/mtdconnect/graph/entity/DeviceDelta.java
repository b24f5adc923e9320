package com.mtdconnect.graph.entity;

import java.util.List;

/** One complete delta round over Entra devices and the link that continues from here. */
public record DeviceDelta(List<DeviceChange> changes, String deltaLink, int pages) {

  public DeviceDelta {
    changes = List.copyOf(changes);
  }
}
