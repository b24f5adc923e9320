package com.mtdconnect.graph.entity;

import java.util.List;
import java.util.Optional;

/**
 * One page of a group search: the groups on it and, when Graph has more, the opaque {@code
 * nextLink} that fetches the next page (hand it back verbatim; never parse it).
 */
public record GroupPage(List<DirectoryGroup> groups, Optional<String> nextLink) {

  public GroupPage {
    groups = List.copyOf(groups);
  }
}
