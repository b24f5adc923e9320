package com.mtdconnect.tenancy.entity;

import java.time.LocalDateTime;

/**
 * What is known about a tenant that decides its lifecycle: whether the MSP archived it, where
 * consent stands, how far onboarding came, and (once health exists) what health found. Times are
 * UTC; details and times may be null.
 *
 * @param archivedAt when the MSP archived the tenant, or null
 * @param consent the consent component's summary
 * @param consentDetail the concrete reason behind it (which permission was lost, why a check
 *     failed), or null
 * @param consentAt when consent reached that fact
 * @param onboarding how far onboarding and provisioning came
 * @param onboardingDetail the concrete reason behind it (which step failed), or null
 * @param onboardingAt when onboarding reached that stage
 * @param appInstalledDevices on how many devices our app was last reported installed, or null when
 *     no install status was read since provisioning
 * @param appInstallsAt when that was read, or null
 * @param healthProblem what health found wrong with a running integration, or null (health is not
 *     built yet; nobody reports it today)
 */
public record TenantFacts(
    LocalDateTime archivedAt,
    ConsentFact consent,
    String consentDetail,
    LocalDateTime consentAt,
    OnboardingStage onboarding,
    String onboardingDetail,
    LocalDateTime onboardingAt,
    Integer appInstalledDevices,
    LocalDateTime appInstallsAt,
    String healthProblem) {

  /** A tenant just registered: nothing has happened yet. */
  public static TenantFacts registered() {
    return new TenantFacts(
        null,
        ConsentFact.NONE,
        null,
        null,
        OnboardingStage.NOT_STARTED,
        null,
        null,
        null,
        null,
        null);
  }
}
