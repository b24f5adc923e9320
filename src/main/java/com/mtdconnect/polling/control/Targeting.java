package com.mtdconnect.polling.control;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which groups a tenant's enrollment follows: the onboarding's included and excluded groups, or all
 * groups when none are chosen. The signature is stored with the delta link: when targeting changes,
 * the next round enumerates everything again.
 */
public record Targeting(Set<String> included, Set<String> excluded) {

  public Targeting {
    included = Set.copyOf(included);
    excluded = Set.copyOf(excluded);
  }

  public boolean allGroups() {
    return included.isEmpty();
  }

  /** Whether members of this group are kept. */
  public boolean tracks(String groupId) {
    return allGroups() || included.contains(groupId) || excluded.contains(groupId);
  }

  public String signature() {
    return "in:"
        + String.join(",", new TreeSet<>(included))
        + ";out:"
        + String.join(",", new TreeSet<>(excluded));
  }

  /**
   * Users in scope: members of an included group (of any group when none is included) who are in no
   * excluded group.
   *
   * @param memberships (group id, user id) pairs
   */
  public Set<String> usersInScope(List<String[]> memberships) {
    Set<String> in = new TreeSet<>();
    Set<String> out = new TreeSet<>();
    for (String[] m : memberships) {
      if (excluded.contains(m[0])) {
        out.add(m[1]);
      } else if (allGroups() || included.contains(m[0])) {
        in.add(m[1]);
      }
    }
    in.removeAll(out);
    return in;
  }
}
