package com.mtdconnect.onboarding.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Everything the wizard shows about one tenant: the saved record (null before anyone started), the
 * consent facts it depends on, each step's view, and the polling cost when the tenant's size is
 * known.
 */
public final class OnboardingOverview implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long tenantId;
  private final String tenantName;
  private final TenantOnboarding onboarding;
  private final ConsentFacts consent;
  private final List<StepView> steps;
  private final ProvisioningFacts provisioning;

  public OnboardingOverview(
      long tenantId,
      String tenantName,
      Optional<TenantOnboarding> onboarding,
      ConsentFacts consent) {
    this(tenantId, tenantName, onboarding, consent, ProvisioningFacts.NONE);
  }

  public OnboardingOverview(
      long tenantId,
      String tenantName,
      Optional<TenantOnboarding> onboarding,
      ConsentFacts consent,
      ProvisioningFacts provisioning) {
    this.tenantId = tenantId;
    this.tenantName = tenantName;
    this.onboarding = onboarding.orElse(null);
    this.consent = consent;
    this.provisioning = provisioning;
    this.steps = OnboardingSteps.of(onboarding, consent, provisioning);
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getTenantName() {
    return tenantName;
  }

  /** The saved record, or null when onboarding was never started. */
  public TenantOnboarding getOnboarding() {
    return onboarding;
  }

  public boolean isStarted() {
    return onboarding != null;
  }

  public boolean isCancelled() {
    return onboarding != null && onboarding.isCancelled();
  }

  public ConsentFacts consent() {
    return consent;
  }

  /**
   * Whether provisioning can plan now: steps 1 to 4 done, the tenant granted what provisioning
   * needs, onboarding not cancelled.
   */
  public boolean isPlannable() {
    return !isCancelled()
        && steps.stream()
            .filter(s -> s.getStep().ordinal() < WizardStep.PLAN.ordinal())
            .allMatch(StepView::isDone)
        && step(WizardStep.PLAN).getMissingPermissions().isEmpty();
  }

  /** What provisioning reports for the wizard's last three steps. */
  public ProvisioningFacts getProvisioning() {
    return provisioning;
  }

  public List<StepView> getSteps() {
    return steps;
  }

  public StepView step(WizardStep step) {
    return steps.get(step.ordinal());
  }

  /** Where the operator continues: the first step not done. */
  public WizardStep getResumeStep() {
    return OnboardingSteps.resumeAt(steps);
  }

  /** What polling costs at the chosen (or default) frequency; null while the size is unknown. */
  public SyncCost costAt(SyncFrequency frequency) {
    if (onboarding == null || !onboarding.isSizeKnown()) {
      return null;
    }
    return new SyncCost(
        frequency, onboarding.getSize().getGroups(), onboarding.getSize().getDevices());
  }
}
