package com.mtdconnect.onboarding.entity;

/** Where one step of a tenant's onboarding stands. */
public enum StepState {
  NOT_STARTED("Not started", "invited"),
  SAVED("Saved", "active"),
  NEEDS_ATTENTION("Needs attention", "degraded");

  private final String label;
  private final String styleName;

  StepState(String label, String styleName) {
    this.label = label;
    this.styleName = styleName;
  }

  public String getLabel() {
    return label;
  }

  /** The badge style ({@code portal-state-…}) pages use. */
  public String getStyleName() {
    return styleName;
  }
}
