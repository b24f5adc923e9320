package com.mtdconnect.tenancy.entity;

/**
 * How far the tenant's onboarding and provisioning have come, as the onboarding and provisioning
 * components report it through {@code tenancy.control.TenantLifecycleChanges#onboardingReached}.
 */
public enum OnboardingStage {
  NOT_STARTED("Not started"),
  IN_PROGRESS("In progress"),
  PROVISIONING("Provisioning"),
  PROVISIONED("Provisioned"),
  PROVISIONING_FAILED("Provisioning failed"),
  OFFBOARDED("Offboarded");

  private final String label;

  OnboardingStage(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
