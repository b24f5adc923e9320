package com.mtdconnect.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parts the onboarding row is made of (tenant size, scope count, platforms, groups step, trail)
 * and the entity's guard against EclipseLink loading an all-null embedded part as null.
 */
class TenantOnboardingPartsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0);
  private static final LocalDateTime LATER = NOW.plusHours(1);

  private static TenantOnboarding started() {
    return new TenantOnboarding(7, "operator", NOW);
  }

  private static GroupFound group(String id, String name, int users, int devices) {
    return new GroupFound(id, name, "Security", users, devices);
  }

  /** What EclipseLink does when every column of an embedded part is NULL. */
  private static void loadedAsNull(TenantOnboarding o, String field) throws Exception {
    Field f = TenantOnboarding.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(o, null);
  }

  @Test
  void aNewOnboardingKnowsNeitherSizeNorScope() {
    TenantOnboarding o = started();
    assertFalse(o.isSizeKnown());
    assertNull(o.getSize().getGroups());
    assertNull(o.getSize().getDevices());
    assertNull(o.getSize().getReadAt());
    assertNull(o.getFrequencyReason());
    assertNull(o.getScope().getUsers());
    assertNull(o.getScope().getDevices());
    assertNull(o.getScope().getCountedAt());
    assertNull(o.getScope().getProblem());
  }

  @Test
  void sizeReadGivesTheCountsAndForgetsAnEarlierProblem() {
    TenantOnboarding o = started();
    o.sizeUnknown("Graph unreachable", NOW);
    assertFalse(o.isSizeKnown());
    assertEquals("Graph unreachable", o.getFrequencyReason());
    assertEquals(NOW, o.getSize().getReadAt());
    o.sizeRead(120, 3400, LATER);
    assertTrue(o.isSizeKnown());
    assertEquals(120, o.getSize().getGroups());
    assertEquals(3400, o.getSize().getDevices());
    assertEquals(LATER, o.getSize().getReadAt());
    assertNull(o.getFrequencyReason());
    assertNull(o.getSize().getProblem());
  }

  @Test
  void aFailedReadAfterAGoodOneKeepsTheCountsAndSaysWhy() {
    TenantOnboarding o = started();
    o.sizeRead(120, 3400, NOW);
    o.sizeUnknown("429 Too Many Requests", LATER);
    assertTrue(o.isSizeKnown());
    assertEquals(120, o.getSize().getGroups());
    assertEquals(3400, o.getSize().getDevices());
    assertEquals(LATER, o.getSize().getReadAt());
    assertEquals("429 Too Many Requests", o.getFrequencyReason());
  }

  @Test
  void readingTheSizeNeitherTouchesTheOnboardingNorTheAudit() {
    TenantOnboarding o = started();
    Map<String, Object> before = o.auditSnapshot();
    o.sizeRead(1, 2, LATER);
    o.scopeCounted(3, 4, LATER);
    assertEquals(NOW, o.getUpdatedAt());
    assertEquals(before, o.auditSnapshot());
  }

  @Test
  void aScopeCountReplacesTheLastOneAndAFailedCountHasNoNumbers() {
    TenantOnboarding o = started();
    o.scopeCounted(40, 52, NOW);
    assertEquals(40, o.getScope().getUsers());
    assertEquals(52, o.getScope().getDevices());
    assertEquals(NOW, o.getScope().getCountedAt());
    assertNull(o.getScope().getProblem());
    o.scopeNotCounted("Graph unreachable", LATER);
    assertNull(o.getScope().getUsers());
    assertNull(o.getScope().getDevices());
    assertEquals(LATER, o.getScope().getCountedAt());
    assertEquals("Graph unreachable", o.getScope().getProblem());
    o.scopeCounted(41, 53, LATER);
    assertNull(o.getScope().getProblem());
  }

  @Test
  void changingTheGroupsForgetsTheScopeCountEntirely() {
    TenantOnboarding o = started();
    o.target(group("g1", "MTD-Enroll", 40, 0), GroupRole.INCLUDED, "operator", NOW);
    o.scopeNotCounted("Graph unreachable", NOW);
    o.untarget("g1", "operator", LATER);
    assertNull(o.getScope().getCountedAt());
    assertNull(o.getScope().getProblem());
  }

  @Test
  void partsLoadedAsNullReadAsNeverReadAndNotCounted() throws Exception {
    TenantOnboarding o = started();
    loadedAsNull(o, "size");
    loadedAsNull(o, "scope");
    assertNotNull(o.getSize());
    assertNotNull(o.getScope());
    assertFalse(o.isSizeKnown());
    assertNull(o.getFrequencyReason());
    assertNull(o.getSize().getReadAt());
    assertNull(o.getScope().getUsers());
    assertNull(o.getScope().getProblem());
  }

  @Test
  void partsLoadedAsNullCanStillBeWritten() throws Exception {
    TenantOnboarding o = started();
    loadedAsNull(o, "size");
    o.sizeUnknown("Graph unreachable", NOW);
    assertEquals("Graph unreachable", o.getFrequencyReason());
    assertFalse(o.isSizeKnown());
    loadedAsNull(o, "size");
    o.sizeRead(5, 6, NOW);
    assertEquals(5, o.getSize().getGroups());
    loadedAsNull(o, "scope");
    o.scopeCounted(7, 8, NOW);
    assertEquals(7, o.getScope().getUsers());
    loadedAsNull(o, "scope");
    o.scopeNotCounted("Graph unreachable", NOW);
    assertEquals("Graph unreachable", o.getScope().getProblem());
    loadedAsNull(o, "scope");
    o.target(group("g1", "MTD-Enroll", 40, 0), GroupRole.INCLUDED, "operator", NOW);
    assertNull(o.getScope().getUsers());
  }

  @Test
  void thePlatformsChoiceKeepsItsWarningAndNeedsAPlatform() {
    PlatformsChoice none = new PlatformsChoice();
    assertTrue(none.getPlatforms().isEmpty());
    assertEquals(DeviceThreatLevel.MEDIUM, none.getThreatLevel());
    assertEquals(StepState.NOT_STARTED, none.getState());
    assertEquals("", none.joined());
    assertThrows(
        NoPlatformChosen.class,
        () -> PlatformsChoice.of(Set.of(), DeviceThreatLevel.LOW, Optional.empty()));
    PlatformsChoice warned =
        PlatformsChoice.of(
            Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID),
            DeviceThreatLevel.HIGH,
            Optional.of("Another vendor's connector"));
    assertEquals(StepState.NEEDS_ATTENTION, warned.getState());
    assertEquals("Another vendor's connector", warned.getReason());
    assertEquals(Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID), warned.getPlatforms());
    assertEquals(DeviceThreatLevel.HIGH, warned.getThreatLevel());
    assertEquals(DevicePlatform.join(warned.getPlatforms()), warned.joined());
    PlatformsChoice saved =
        PlatformsChoice.of(Set.of(DevicePlatform.IOS), DeviceThreatLevel.LOW, Optional.empty());
    assertEquals(StepState.SAVED, saved.getState());
    assertNull(saved.getReason());
  }

  @Test
  void theGroupsStepNamesEveryIncludedGroupWithoutUsersInListOrder() {
    assertEquals(StepState.NOT_STARTED, GroupsStep.judge(List.of(), false).getState());
    assertNull(GroupsStep.judge(List.of(), false).getReason());
    GroupsStep onlyExcluded = GroupsStep.judge(List.of(), true);
    assertEquals(StepState.NEEDS_ATTENTION, onlyExcluded.getState());
    assertEquals(
        "Only excluded groups are chosen: include at least one group.", onlyExcluded.getReason());
    GroupsStep withoutUsers =
        GroupsStep.judge(
            List.of(
                new TargetedGroup(group("a", "Alpha devices", 0, 5), GroupRole.INCLUDED),
                new TargetedGroup(group("b", "Beta users", 3, 0), GroupRole.INCLUDED),
                new TargetedGroup(group("c", "Gamma devices", 0, 2), GroupRole.INCLUDED)),
            true);
    assertEquals(StepState.NEEDS_ATTENTION, withoutUsers.getState());
    assertEquals(
        "No users in Alpha devices, Gamma devices: "
            + TenantOnboarding.USER_GROUPS_RULE
            + ". Remove it or choose a group of users.",
        withoutUsers.getReason());
    GroupsStep saved =
        GroupsStep.judge(
            List.of(new TargetedGroup(group("b", "Beta users", 3, 0), GroupRole.INCLUDED)), true);
    assertEquals(StepState.SAVED, saved.getState());
    assertNull(saved.getReason());
  }

  @Test
  void theTrailRecordsWhoStartedChangedCancelledAndResumed() {
    TenantOnboarding o = started();
    assertEquals(NOW, o.getStartedAt());
    assertEquals("operator", o.getStartedBy());
    assertEquals(NOW, o.getUpdatedAt());
    assertEquals("operator", o.getUpdatedBy());
    assertFalse(o.isCancelled());
    o.chooseFrequency(SyncFrequency.HOURS_4, "second", LATER);
    assertEquals("second", o.getUpdatedBy());
    assertEquals(LATER, o.getUpdatedAt());
    assertEquals("operator", o.getStartedBy());
    o.cancel("third", LATER.plusHours(1));
    assertTrue(o.isCancelled());
    assertEquals("third", o.getCancelledBy());
    assertEquals(LATER.plusHours(1), o.getCancelledAt());
    assertEquals("third", o.getUpdatedBy());
    assertEquals("third", o.auditSnapshot().get("cancelledBy"));
    o.chooseFrequency(SyncFrequency.HOURS_1, "fourth", LATER.plusHours(2));
    assertTrue(o.isCancelled(), "a change while cancelled keeps the cancellation");
    o.resume("fifth", LATER.plusHours(3));
    assertFalse(o.isCancelled());
    assertNull(o.getCancelledBy());
    assertNull(o.getCancelledAt());
    assertEquals("fifth", o.getUpdatedBy());
    assertEquals(NOW, o.getStartedAt());
    assertFalse(o.auditSnapshot().containsKey("cancelledBy"));
  }

  @Test
  void theAuditSnapshotKeepsItsKeysAndValues() {
    TenantOnboarding o = started();
    o.choosePlatforms(
        Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID),
        DeviceThreatLevel.LOW,
        Optional.empty(),
        "operator",
        NOW);
    o.target(group("g1", "MTD-Enroll", 40, 0), GroupRole.INCLUDED, "operator", NOW);
    Map<String, Object> s = o.auditSnapshot();
    assertEquals(
        List.of(
            "platforms",
            "threatLevel",
            "syncFrequency",
            "included",
            "excluded",
            "platformsState",
            "frequencyState",
            "groupsState"),
        List.copyOf(s.keySet()));
    assertEquals(DevicePlatform.join(o.getPlatforms()), s.get("platforms"));
    assertEquals("LOW", s.get("threatLevel"));
    assertEquals("MTD-Enroll", s.get("included"));
    assertEquals("SAVED", s.get("platformsState"));
    assertEquals("SAVED", s.get("groupsState"));
  }
}
