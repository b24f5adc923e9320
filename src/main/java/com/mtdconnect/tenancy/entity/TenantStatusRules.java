package com.mtdconnect.tenancy.entity;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one rule that turns a tenant's facts into its lifecycle, the reason and the next action.
 * Nobody types a lifecycle: consent, onboarding and provisioning report facts, this rule derives
 * the state, and every page (the tenant's header, the list, the attention count) shows what it
 * says. Pure: no clock, no database.
 *
 * <p>Order of precedence: archived, offboarded, lost consent, consent not (yet) complete, then the
 * onboarding stage, then health.
 */
public final class TenantStatusRules {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TenantStatusRules() {}

  public static TenantStatus derive(TenantFacts facts) {
    TenantStatus running = fromConsentAndOnboarding(facts);
    if (facts.archivedAt() != null) {
      return new TenantStatus(
          running.getLifecycle(),
          "Archived on "
              + when(facts.archivedAt())
              + ": nothing runs for it and no consent link can be created. Before archiving: "
              + running.getReason(),
          NextAction.RESTORE);
    }
    return running;
  }

  private static TenantStatus fromConsentAndOnboarding(TenantFacts facts) {
    if (facts.onboarding() == OnboardingStage.OFFBOARDED) {
      return new TenantStatus(
          TenantLifecycle.OFFBOARDED,
          "The integration was removed from the customer's tenant"
              + since(facts.onboardingAt())
              + "."
              + detail(facts.onboardingDetail()),
          NextAction.NONE);
    }
    return switch (facts.consent()) {
      case NONE ->
          new TenantStatus(
              TenantLifecycle.INVITED,
              "Registered; no consent link exists yet.",
              NextAction.CREATE_CONSENT_LINK);
      case LINK_CREATED ->
          new TenantStatus(
              TenantLifecycle.INVITED,
              "A consent link was created"
                  + since(facts.consentAt())
                  + " but not sent to the customer.",
              NextAction.SEND_CONSENT_LINK);
      case LINK_SENT ->
          new TenantStatus(
              TenantLifecycle.CONSENT_PENDING,
              orDefault(
                      facts.consentDetail(),
                      "A consent link was sent" + since(facts.consentAt()) + ".")
                  + " The customer's administrator has not approved yet.",
              NextAction.WAIT_FOR_CUSTOMER);
      case VERIFYING ->
          new TenantStatus(
              TenantLifecycle.CONSENT_PENDING,
              "The customer approved"
                  + since(facts.consentAt())
                  + "; Microsoft is being asked what was granted.",
              NextAction.WAIT_FOR_VERIFICATION);
      case FAILED ->
          new TenantStatus(
              TenantLifecycle.CONSENT_PENDING,
              "Consent failed"
                  + since(facts.consentAt())
                  + ": "
                  + orDefault(facts.consentDetail(), "the approval did not succeed."),
              NextAction.CREATE_CONSENT_LINK);
      case PARTIAL ->
          new TenantStatus(
              TenantLifecycle.CONSENT_PENDING,
              "Consent is incomplete"
                  + since(facts.consentAt())
                  + ": "
                  + orDefault(facts.consentDetail(), "some permissions are missing."),
              NextAction.SEND_RECONSENT_LINK);
      case LOST ->
          new TenantStatus(
              TenantLifecycle.DEGRADED,
              "Consent lost"
                  + since(facts.consentAt())
                  + ": "
                  + orDefault(facts.consentDetail(), "the customer revoked or narrowed it."),
              NextAction.SEND_RECONSENT_LINK);
      case GRANTED -> fromOnboarding(facts);
    };
  }

  private static TenantStatus fromOnboarding(TenantFacts facts) {
    String consentNote = facts.consentDetail() == null ? "" : " Consent: " + facts.consentDetail();
    return switch (facts.onboarding()) {
      case NOT_STARTED ->
          new TenantStatus(
              TenantLifecycle.CONSENTED,
              "Consent granted"
                  + since(facts.consentAt())
                  + "; onboarding has not started, so nothing is set up in Intune yet."
                  + consentNote,
              NextAction.START_ONBOARDING);
      case IN_PROGRESS ->
          new TenantStatus(
              TenantLifecycle.CONFIGURING,
              "Onboarding was started"
                  + since(facts.onboardingAt())
                  + " and is not finished."
                  + detail(facts.onboardingDetail())
                  + consentNote,
              NextAction.RESUME_ONBOARDING);
      case PROVISIONING ->
          new TenantStatus(
              TenantLifecycle.CONFIGURING,
              "Intune objects are being created"
                  + since(facts.onboardingAt())
                  + "."
                  + detail(facts.onboardingDetail())
                  + consentNote,
              NextAction.WAIT_FOR_PROVISIONING);
      case PROVISIONING_FAILED ->
          new TenantStatus(
              TenantLifecycle.DEGRADED,
              "Provisioning stopped"
                  + since(facts.onboardingAt())
                  + ": "
                  + orDefault(facts.onboardingDetail(), "a step failed."),
              NextAction.RETRY_PROVISIONING);
      case PROVISIONED -> fromHealth(facts, consentNote);
      case OFFBOARDED -> throw new IllegalStateException("handled before consent");
    };
  }

  private static TenantStatus fromHealth(TenantFacts facts, String consentNote) {
    if (facts.healthProblem() != null) {
      return new TenantStatus(
          TenantLifecycle.DEGRADED, facts.healthProblem(), NextAction.RETRY_PROVISIONING);
    }
    Integer installed = facts.appInstalledDevices();
    if (installed == null || installed == 0) {
      return new TenantStatus(
          TenantLifecycle.INSTALLING,
          "Provisioned into Intune"
              + since(facts.onboardingAt())
              + "; the mobile security app is assigned to the targeted users and installing."
              + (installed == null
                  ? " No install status was read yet."
                  : " No device reported it installed when the install status was read"
                      + since(facts.appInstallsAt())
                      + ".")
              + consentNote,
          NextAction.CHECK_INSTALLS);
    }
    return new TenantStatus(
        TenantLifecycle.ACTIVE,
        "Provisioned into Intune"
            + since(facts.onboardingAt())
            + "; the app is installed on "
            + installed
            + (installed == 1 ? " device" : " devices")
            + " (install status read"
            + since(facts.appInstallsAt())
            + "); consent is complete."
            + consentNote,
        NextAction.NONE);
  }

  private static String since(LocalDateTime at) {
    return at == null ? "" : " on " + when(at) + " UTC";
  }

  private static String when(LocalDateTime at) {
    return WHEN.format(at);
  }

  private static String detail(String text) {
    return text == null || text.isBlank() ? "" : " " + text;
  }

  private static String orDefault(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text;
  }
}
