package com.mtdconnect.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The status rules: every lifecycle comes from facts, with its reason and one next action. */
class TenantStatusRulesTest {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 4, 9, 30);

  private static TenantFacts facts(ConsentFact consent, String detail, OnboardingStage stage) {
    return new TenantFacts(null, consent, detail, AT, stage, null, AT, 3, AT, null);
  }

  private static TenantStatus derive(ConsentFact consent, OnboardingStage stage) {
    return TenantStatusRules.derive(facts(consent, null, stage));
  }

  @Test
  void aNewTenantIsInvitedAndWaitsForAConsentLink() {
    TenantStatus status = TenantStatusRules.derive(TenantFacts.registered());
    assertEquals(TenantLifecycle.INVITED, status.getLifecycle());
    assertEquals(NextAction.CREATE_CONSENT_LINK, status.getNextAction());
    assertTrue(status.isNeedsAttention());
  }

  @Test
  void aLinkNotSentAsksToSendItAndASentLinkWaitsForTheCustomer() {
    assertEquals(
        NextAction.SEND_CONSENT_LINK,
        derive(ConsentFact.LINK_CREATED, OnboardingStage.NOT_STARTED).getNextAction());
    TenantStatus sent =
        TenantStatusRules.derive(
            facts(
                ConsentFact.LINK_SENT,
                "A consent link was sent to it@contoso.com on 2026-12-04 09:30 UTC.",
                OnboardingStage.NOT_STARTED));
    assertEquals(TenantLifecycle.CONSENT_PENDING, sent.getLifecycle());
    assertTrue(sent.getReason().contains("it@contoso.com"), sent.getReason());
    assertEquals(NextAction.WAIT_FOR_CUSTOMER, sent.getNextAction());
    assertFalse(sent.isNeedsAttention(), "the customer has to act, not the MSP");
  }

  @Test
  void anApprovalBeingVerifiedIsPendingAndSaysSo() {
    TenantStatus status = derive(ConsentFact.VERIFYING, OnboardingStage.NOT_STARTED);
    assertEquals(TenantLifecycle.CONSENT_PENDING, status.getLifecycle());
    assertEquals(NextAction.WAIT_FOR_VERIFICATION, status.getNextAction());
  }

  @Test
  void grantedConsentWithoutOnboardingIsConsentedNotActive() {
    TenantStatus status = derive(ConsentFact.GRANTED, OnboardingStage.NOT_STARTED);
    assertEquals(TenantLifecycle.CONSENTED, status.getLifecycle());
    assertEquals(NextAction.START_ONBOARDING, status.getNextAction());
    assertTrue(status.getReason().contains("onboarding has not started"), status.getReason());
  }

  @Test
  void onlyAProvisionedTenantWithCompleteConsentIsActive() {
    for (ConsentFact consent : ConsentFact.values()) {
      for (OnboardingStage stage : OnboardingStage.values()) {
        TenantStatus status = derive(consent, stage);
        assertEquals(
            consent == ConsentFact.GRANTED && stage == OnboardingStage.PROVISIONED,
            status.getLifecycle() == TenantLifecycle.ACTIVE,
            consent + " + " + stage + " gave " + status);
      }
    }
    assertEquals(
        NextAction.NONE, derive(ConsentFact.GRANTED, OnboardingStage.PROVISIONED).getNextAction());
  }

  /** A provisioned tenant with complete consent whose install status says this (null: unread). */
  private static TenantStatus provisioned(Integer installedDevices) {
    return provisioned(installedDevices, null);
  }

  private static TenantStatus provisioned(Integer installedDevices, String healthProblem) {
    return TenantStatusRules.derive(
        new TenantFacts(
            null,
            ConsentFact.GRANTED,
            null,
            AT,
            OnboardingStage.PROVISIONED,
            null,
            AT,
            installedDevices,
            installedDevices == null ? null : AT,
            healthProblem));
  }

  @Test
  void aProvisionedTenantReadsAppInstallingUntilADeviceReportsTheAppInstalled() {
    for (Integer installed : new Integer[] {null, 0}) {
      TenantStatus status = provisioned(installed);
      assertEquals(TenantLifecycle.INSTALLING, status.getLifecycle(), "installed: " + installed);
      assertEquals("Provisioned, app installing", status.getLifecycle().getLabel());
      assertEquals(NextAction.CHECK_INSTALLS, status.getNextAction());
      assertFalse(status.isNeedsAttention(), "devices install on their own");
      assertTrue(status.getReason().startsWith("Provisioned into Intune on 2026-12-04 09:30"));
      assertTrue(
          status
              .getReason()
              .contains(
                  installed == null
                      ? "No install status was read yet."
                      : "No device reported it installed"),
          status.getReason());
    }
    TenantStatus installed = provisioned(5);
    assertEquals(TenantLifecycle.ACTIVE, installed.getLifecycle());
    assertTrue(installed.getReason().contains("installed on 5 devices"), installed.getReason());
  }

  @Test
  void onboardingAndProvisioningMoveAConsentedTenant() {
    TenantStatus started = derive(ConsentFact.GRANTED, OnboardingStage.IN_PROGRESS);
    assertEquals(TenantLifecycle.CONFIGURING, started.getLifecycle());
    assertEquals(NextAction.RESUME_ONBOARDING, started.getNextAction());
    assertEquals(
        NextAction.WAIT_FOR_PROVISIONING,
        derive(ConsentFact.GRANTED, OnboardingStage.PROVISIONING).getNextAction());
    TenantStatus failed =
        TenantStatusRules.derive(
            new TenantFacts(
                null,
                ConsentFact.GRANTED,
                null,
                AT,
                OnboardingStage.PROVISIONING_FAILED,
                "Creating the iOS compliance policy failed: Intune answered 503.",
                AT,
                null,
                null,
                null));
    assertEquals(TenantLifecycle.DEGRADED, failed.getLifecycle());
    assertTrue(failed.getReason().contains("iOS compliance policy"), failed.getReason());
    assertEquals(NextAction.RETRY_PROVISIONING, failed.getNextAction());
  }

  @Test
  void lostConsentDegradesWithTheConcreteReasonAndAsksForReconsent() {
    TenantStatus status =
        TenantStatusRules.derive(
            facts(
                ConsentFact.LOST,
                "The customer removed permissions from our app: Device.Read.All.",
                OnboardingStage.PROVISIONED));
    assertEquals(TenantLifecycle.DEGRADED, status.getLifecycle());
    assertTrue(status.getReason().contains("Device.Read.All"), status.getReason());
    assertTrue(status.getReason().contains("2026-12-04 09:30"), "says when: " + status);
    assertEquals(NextAction.SEND_RECONSENT_LINK, status.getNextAction());
  }

  @Test
  void partialConsentIsPendingNotDegradedAndFailedConsentAsksForANewLink() {
    TenantStatus partial = derive(ConsentFact.PARTIAL, OnboardingStage.NOT_STARTED);
    assertEquals(TenantLifecycle.CONSENT_PENDING, partial.getLifecycle());
    assertEquals(NextAction.SEND_RECONSENT_LINK, partial.getNextAction());
    assertEquals(
        NextAction.CREATE_CONSENT_LINK,
        derive(ConsentFact.FAILED, OnboardingStage.NOT_STARTED).getNextAction());
  }

  @Test
  void aGrantThatCouldNotBeCheckedSaysWhatIsHappening() {
    TenantStatus throttled =
        TenantStatusRules.derive(
            facts(
                ConsentFact.GRANTED,
                "the last check could not reach the grant (Microsoft is throttling); it is"
                    + " checked again automatically.",
                OnboardingStage.NOT_STARTED));
    assertTrue(throttled.getReason().contains("throttling"), throttled.getReason());
  }

  @Test
  void offboardedWinsOverConsentAndArchivedWinsOverEverything() {
    assertEquals(
        TenantLifecycle.OFFBOARDED,
        derive(ConsentFact.LOST, OnboardingStage.OFFBOARDED).getLifecycle());
    TenantStatus archived =
        TenantStatusRules.derive(
            new TenantFacts(
                AT,
                ConsentFact.GRANTED,
                null,
                AT,
                OnboardingStage.NOT_STARTED,
                null,
                null,
                null,
                null,
                null));
    assertEquals(NextAction.RESTORE, archived.getNextAction());
    assertTrue(
        archived.getReason().startsWith("Archived on 2026-12-04 09:30"), archived.getReason());
    assertFalse(archived.isNeedsAttention());
  }

  @Test
  void healthFoundWrongDegradesARunningTenant() {
    TenantStatus status =
        provisioned(3, "The MTD connector has sent no heartbeat since 2026-12-03 08:00 UTC.");
    assertEquals(TenantLifecycle.DEGRADED, status.getLifecycle());
    assertTrue(status.getReason().contains("heartbeat"));
  }
}
