package com.mtdconnect.graph.entity;

import java.util.List;

/**
 * One complete delta round over groups and their direct members: the changes and the delta link
 * that continues from here (store it only after the changes are stored).
 */
public record GroupDelta(List<GroupChange> changes, String deltaLink, int pages) {

  public GroupDelta {
    changes = List.copyOf(changes);
  }
}
