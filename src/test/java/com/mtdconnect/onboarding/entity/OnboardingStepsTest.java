package com.mtdconnect.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.RequiredPermission;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wizard's status rules: every step's state, reason and next action from stored facts. */
class OnboardingStepsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0);
  private static final ConsentFacts CONSENTED =
      new ConsentFacts(ConsentStatus.CONSENTED, true, List.of(), null);

  private static TenantOnboarding started() {
    return new TenantOnboarding(7, "operator", NOW);
  }

  private static GroupFound group(String id, String name, int users, int devices) {
    return new GroupFound(id, name, "Security", users, devices);
  }

  private static StepView step(List<StepView> steps, WizardStep step) {
    return steps.get(step.ordinal());
  }

  @Test
  void aTenantNobodyStartedShowsEveryStepNotStartedAndResumesAtTheFirstChoice() {
    List<StepView> steps = OnboardingSteps.of(Optional.empty(), CONSENTED);
    assertEquals(7, steps.size());
    assertEquals(StepState.SAVED, step(steps, WizardStep.CONSENT).getState());
    assertEquals("Granted", step(steps, WizardStep.CONSENT).getStateLabel());
    for (WizardStep s : List.of(WizardStep.PLATFORMS, WizardStep.SYNC_FREQUENCY)) {
      assertEquals(StepState.NOT_STARTED, step(steps, s).getState(), s.name());
    }
    assertEquals(WizardStep.PLATFORMS, OnboardingSteps.resumeAt(steps));
    assertTrue(step(steps, WizardStep.PLAN).getReason().contains("steps 1 to 4"));
    assertEquals("Go to Platforms", step(steps, WizardStep.PLAN).getNextAction());
  }

  @Test
  void withoutConsentTheConsentStepSaysMissingAndTheChoiceStepsWaitForIt() {
    ConsentFacts none = new ConsentFacts(ConsentStatus.NOT_REQUESTED, false, List.of(), null);
    TenantOnboarding o = started();
    o.chooseFrequency(SyncFrequency.HOURS_4, "operator", NOW);
    List<StepView> steps = OnboardingSteps.of(Optional.of(o), none);
    assertEquals("Missing", step(steps, WizardStep.CONSENT).getStateLabel());
    StepView frequency = step(steps, WizardStep.SYNC_FREQUENCY);
    assertEquals(StepState.NEEDS_ATTENTION, frequency.getState());
    assertEquals("Waiting for consent", frequency.getStateLabel());
    assertEquals("Get consent (step 1)", frequency.getNextAction());
    assertEquals(WizardStep.CONSENT, OnboardingSteps.resumeAt(steps));
  }

  @Test
  void aStepNeedingAPermissionTheTenantDidNotGrantNamesItAndOffersReconsent() {
    ConsentFacts partial =
        new ConsentFacts(
            ConsentStatus.PARTIAL, true, List.of(RequiredPermission.GROUP_MEMBER_READ_ALL), null);
    List<StepView> steps = OnboardingSteps.of(Optional.of(started()), partial);
    StepView groups = step(steps, WizardStep.GROUP_TARGETING);
    assertEquals(StepState.NEEDS_ATTENTION, groups.getState());
    assertEquals(List.of(RequiredPermission.GROUP_MEMBER_READ_ALL), groups.getMissingPermissions());
    assertTrue(groups.getMissingPermissionsText().contains("Read group memberships"));
    assertTrue(groups.getMissingPermissionsText().contains("GroupMember.Read.All"));
    assertEquals("Send a re-consent link", groups.getNextAction());
    StepView platforms = step(steps, WizardStep.PLATFORMS);
    assertTrue(platforms.getMissingPermissions().isEmpty(), "platforms need other permissions");
    assertEquals(StepState.NEEDS_ATTENTION, step(steps, WizardStep.CONSENT).getState());
  }

  @Test
  void platformsNeedOneAtLeastAndKeepTheWarningAsTheirReason() {
    TenantOnboarding o = started();
    assertThrows(
        NoPlatformChosen.class,
        () ->
            o.choosePlatforms(
                EnumSet.noneOf(DevicePlatform.class),
                DeviceThreatLevel.LOW,
                Optional.empty(),
                "operator",
                NOW));
    o.choosePlatforms(
        Set.of(DevicePlatform.IOS),
        DeviceThreatLevel.LOW,
        Optional.of("Another vendor's connector"),
        "operator",
        NOW);
    StepView platforms = step(OnboardingSteps.of(Optional.of(o), CONSENTED), WizardStep.PLATFORMS);
    assertEquals(StepState.NEEDS_ATTENTION, platforms.getState());
    assertEquals("Another vendor's connector", platforms.getReason());
    assertEquals("iOS · threat level Low", platforms.getSummary());
    o.choosePlatforms(
        Set.of(DevicePlatform.ANDROID, DevicePlatform.IOS),
        DeviceThreatLevel.MEDIUM,
        Optional.empty(),
        "operator",
        NOW);
    platforms = step(OnboardingSteps.of(Optional.of(o), CONSENTED), WizardStep.PLATFORMS);
    assertEquals(StepState.SAVED, platforms.getState());
    assertNull(platforms.getReason());
    assertEquals("iOS and Android · threat level Medium", platforms.getSummary());
  }

  @Test
  void anIncludedGroupWithoutUsersIsFlaggedBecauseComplianceTargetsUserGroups() {
    TenantOnboarding o = started();
    o.target(group("g1", "Corporate iOS devices", 0, 12), GroupRole.INCLUDED, "operator", NOW);
    StepView groups =
        step(OnboardingSteps.of(Optional.of(o), CONSENTED), WizardStep.GROUP_TARGETING);
    assertEquals(StepState.NEEDS_ATTENTION, groups.getState());
    assertTrue(groups.getReason().contains("Corporate iOS devices"));
    assertTrue(groups.getReason().contains("user groups only"));
    o.untarget("g1", "operator", NOW);
    o.target(group("g2", "MTD-Enroll", 40, 0), GroupRole.INCLUDED, "operator", NOW);
    o.target(group("g3", "MTD-Exclude", 3, 0), GroupRole.EXCLUDED, "operator", NOW);
    groups = step(OnboardingSteps.of(Optional.of(o), CONSENTED), WizardStep.GROUP_TARGETING);
    assertEquals(StepState.SAVED, groups.getState());
    assertEquals("1 included, 1 excluded", groups.getSummary());
  }

  @Test
  void onlyExcludedGroupsNeedAttention() {
    TenantOnboarding o = started();
    o.target(group("g3", "MTD-Exclude", 3, 0), GroupRole.EXCLUDED, "operator", NOW);
    assertEquals(StepState.NEEDS_ATTENTION, o.getGroupsState());
    assertTrue(o.getGroupsReason().contains("include at least one group"));
  }

  @Test
  void movingAGroupToTheOtherListKeepsItOnce() {
    TenantOnboarding o = started();
    GroupFound g = group("g2", "MTD-Enroll", 40, 0);
    o.target(g, GroupRole.INCLUDED, "operator", NOW);
    o.target(g, GroupRole.EXCLUDED, "operator", NOW);
    assertTrue(o.getIncluded().isEmpty());
    assertEquals(1, o.getExcluded().size());
  }

  @Test
  void changingTheGroupsForgetsTheLastScopeCount() {
    TenantOnboarding o = started();
    o.target(group("g2", "MTD-Enroll", 40, 0), GroupRole.INCLUDED, "operator", NOW);
    o.scopeCounted(40, 52, NOW);
    assertTrue(
        step(OnboardingSteps.of(Optional.of(o), CONSENTED), WizardStep.GROUP_TARGETING)
            .getSummary()
            .contains("40 users, 52 devices in scope"));
    o.target(group("g4", "Sales", 10, 0), GroupRole.INCLUDED, "operator", NOW);
    assertNull(o.getScope().getUsers());
  }

  @Test
  void whenTheFourStepsAreDoneThePlanIsReadyAndTheWizardResumesThere() {
    TenantOnboarding o = started();
    o.choosePlatforms(
        Set.of(DevicePlatform.IOS), DeviceThreatLevel.LOW, Optional.empty(), "operator", NOW);
    o.chooseFrequency(SyncFrequency.MINUTES_15, "operator", NOW);
    o.target(group("g2", "MTD-Enroll", 40, 0), GroupRole.INCLUDED, "operator", NOW);
    List<StepView> steps = OnboardingSteps.of(Optional.of(o), CONSENTED);
    StepView plan = step(steps, WizardStep.PLAN);
    assertEquals("Ready", plan.getStateLabel());
    assertEquals("Compute the plan", plan.getNextAction());
    assertTrue(plan.getReason().contains("provisioning computes the plan"));
    assertEquals(WizardStep.PLAN, OnboardingSteps.resumeAt(steps));
  }

  @Test
  void cancellingKeepsEveryChoiceAndResumingClearsOnlyTheCancellation() {
    TenantOnboarding o = started();
    o.chooseFrequency(SyncFrequency.HOURS_12, "operator", NOW);
    o.cancel("operator", NOW.plusMinutes(5));
    assertTrue(o.isCancelled());
    assertEquals(SyncFrequency.HOURS_12, o.getSyncFrequency());
    o.resume("admin", NOW.plusMinutes(9));
    assertFalse(o.isCancelled());
    assertEquals(StepState.SAVED, o.getFrequencyState());
    assertEquals("admin", o.getUpdatedBy());
  }

  @Test
  void syncCostIsRoundsPerDayTimesRequestsPerRound() {
    SyncCost cost = new SyncCost(SyncFrequency.MINUTES_15, 250, 1001);
    assertEquals(96, cost.getRoundsPerDay());
    assertEquals(3 + 11 + 2, cost.getRequestsPerFullRound());
    assertEquals(96 * 4, cost.getRequestsPerDay());
    assertEquals(96 * 16, cost.getRequestsPerDayAtMost());
    assertEquals(1, new SyncCost(SyncFrequency.HOURS_24, 0, 0).getRoundsPerDay());
    assertEquals(288, SyncFrequency.MINUTES_5.getRoundsPerDay());
    assertEquals(SyncFrequency.HOURS_1, SyncFrequency.DEFAULT);
  }

  @Test
  void theLastThreeStepsFollowWhatProvisioningReports() {
    ProvisioningFacts planned =
        new ProvisioningFacts(true, true, ProvisioningFacts.ApplyState.NONE, "");
    assertEquals("Review and apply the plan", OnboardingSteps.apply(planned).getNextAction());
    assertEquals(StepState.NOT_STARTED, OnboardingSteps.apply(planned).getState());

    ProvisioningFacts stopped =
        new ProvisioningFacts(
            true,
            true,
            ProvisioningFacts.ApplyState.STOPPED,
            "3 of 9 steps finished; stopped: 429");
    StepView apply = OnboardingSteps.apply(stopped);
    assertEquals(StepState.NEEDS_ATTENTION, apply.getState());
    assertEquals("Resume the apply", apply.getNextAction());
    assertTrue(apply.getReason().contains("stopped: 429"));
    assertEquals("Apply first", OnboardingSteps.confirm(stopped).getNextAction());

    ProvisioningFacts done =
        new ProvisioningFacts(true, true, ProvisioningFacts.ApplyState.DONE, "9 of 9 steps");
    assertEquals(StepState.SAVED, OnboardingSteps.apply(done).getState());
    assertEquals("Read the install status", OnboardingSteps.confirm(done).getNextAction());
    assertEquals(
        WizardStep.CONFIRM_APP_STATUS,
        OnboardingSteps.resumeAt(
            List.of(
                OnboardingSteps.plan(true, List.of(), "", "", Optional.empty(), done),
                OnboardingSteps.apply(done),
                OnboardingSteps.confirm(done))));
  }

  @Test
  void aPlanComputedFromEarlierChoicesNeedsComputingAgain() {
    ProvisioningFacts outdated =
        new ProvisioningFacts(true, false, ProvisioningFacts.ApplyState.NONE, "");
    StepView plan = OnboardingSteps.plan(true, List.of(), "", "", Optional.empty(), outdated);
    assertEquals(StepState.NEEDS_ATTENTION, plan.getState());
    assertEquals("Compute the plan again", plan.getNextAction());
    StepView current =
        OnboardingSteps.plan(
            true,
            List.of(),
            "",
            "",
            Optional.empty(),
            new ProvisioningFacts(true, true, ProvisioningFacts.ApplyState.NONE, ""));
    assertTrue(current.isDone());
  }
}
