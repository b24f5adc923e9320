package com.mtdconnect.onboarding.entity;

import com.mtdconnect.consent.entity.Feature;
import java.util.List;

/**
 * The steps of a tenant's onboarding, in order, with the consent features each needs (the
 * permissions of those features must be granted for the step to work).
 */
public enum WizardStep {
  CONSENT("Consent", List.of()),
  PLATFORMS("Platforms", List.of(Feature.MTD_CONNECTOR)),
  SYNC_FREQUENCY("Sync frequency", List.of(Feature.ENROLLMENT_SYNC)),
  GROUP_TARGETING("Group targeting", List.of(Feature.GROUP_TARGETING)),
  PLAN("Plan", List.of(Feature.APP_PROVISIONING, Feature.COMPLIANCE, Feature.MTD_CONNECTOR)),
  APPLY("Apply", List.of(Feature.APP_PROVISIONING, Feature.COMPLIANCE, Feature.MTD_CONNECTOR)),
  CONFIRM_APP_STATUS("Confirm app status", List.of(Feature.APP_PROVISIONING));

  private final String label;
  private final List<Feature> needs;

  WizardStep(String label, List<Feature> needs) {
    this.label = label;
    this.needs = needs;
  }

  public String getLabel() {
    return label;
  }

  public String getName() {
    return name();
  }

  /** 1-based, for pages. */
  public int getNumber() {
    return ordinal() + 1;
  }

  public List<Feature> needs() {
    return needs;
  }

  /** Whether the operator's choices are saved in this step (the first four after consent). */
  public boolean isChoice() {
    return this == PLATFORMS || this == SYNC_FREQUENCY || this == GROUP_TARGETING;
  }
}
