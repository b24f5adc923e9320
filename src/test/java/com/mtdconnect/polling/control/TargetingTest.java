package com.mtdconnect.polling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetingTest {

  private static final List<String[]> MEMBERS =
      List.of(
          new String[] {"enroll", "ann"},
          new String[] {"enroll", "bob"},
          new String[] {"exclude", "bob"},
          new String[] {"other", "cid"});

  @Test
  void usersInScopeAreIncludedMembersInNoExcludedGroup() {
    Targeting t = new Targeting(Set.of("enroll"), Set.of("exclude"));
    assertEquals(Set.of("ann"), t.usersInScope(MEMBERS));
    assertTrue(t.tracks("exclude"));
    assertFalse(t.tracks("other"), "members of untargeted groups are not kept");
  }

  @Test
  void withoutChosenGroupsEveryGroupCounts() {
    Targeting all = new Targeting(Set.of(), Set.of());
    assertTrue(all.allGroups());
    assertTrue(all.tracks("other"));
    assertEquals(Set.of("ann", "bob", "cid"), all.usersInScope(MEMBERS));
  }

  @Test
  void theSignatureChangesWithTheTargetingOnly() {
    assertEquals(
        new Targeting(Set.of("a", "b"), Set.of("c")).signature(),
        new Targeting(Set.of("b", "a"), Set.of("c")).signature());
    assertNotEquals(
        new Targeting(Set.of("a"), Set.of("c")).signature(),
        new Targeting(Set.of("a"), Set.of()).signature());
  }
}
