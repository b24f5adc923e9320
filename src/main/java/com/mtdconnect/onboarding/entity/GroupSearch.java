package com.mtdconnect.onboarding.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One page of the group search: the groups, whether Graph has more (the link to them stays on the
 * server), or what went wrong in plain words.
 */
public final class GroupSearch implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<GroupFound> groups;
  private final String nextLink;
  private final String problem;

  private GroupSearch(List<GroupFound> groups, String nextLink, String problem) {
    this.groups = List.copyOf(groups);
    this.nextLink = nextLink;
    this.problem = problem;
  }

  public static GroupSearch found(List<GroupFound> groups, Optional<String> nextLink) {
    return new GroupSearch(groups, nextLink.orElse(null), null);
  }

  public static GroupSearch failed(String problem) {
    return new GroupSearch(List.of(), null, problem);
  }

  public List<GroupFound> getGroups() {
    return groups;
  }

  public Optional<String> nextLink() {
    return Optional.ofNullable(nextLink);
  }

  public boolean isMore() {
    return nextLink != null;
  }

  public String getProblem() {
    return problem;
  }
}
