package com.mtdconnect.health.entity;

/** Where a tenant's health stands. The score bands are in {@code HealthRules}. */
public enum HealthState {
  /** No polling round was recorded yet: there is nothing to score. */
  NOT_POLLED("Not polled yet", "invited", 0),
  /** Score 80 or more. */
  HEALTHY("Healthy", "active", 3),
  /** Score 50 to 79. */
  DEGRADED("Degraded", "consent-pending", 2),
  /** Score below 50. */
  FAILING("Failing", "degraded", 1);

  private final String label;
  private final String styleName;
  private final int rank;

  HealthState(String label, String styleName, int rank) {
    this.label = label;
    this.styleName = styleName;
    this.rank = rank;
  }

  public String getLabel() {
    return label;
  }

  /** The badge style ({@code portal-state-...}) pages use for this state. */
  public String getStyleName() {
    return styleName;
  }

  public String getName() {
    return name();
  }

  /** Whether this state is scored (healthy, degraded or failing). */
  public boolean isScored() {
    return this != NOT_POLLED;
  }

  /** Whether this scored state is better than the other scored state. */
  public boolean isBetterThan(HealthState other) {
    return rank > other.rank;
  }
}
