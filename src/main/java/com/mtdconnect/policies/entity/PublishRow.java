package com.mtdconnect.policies.entity;

/**
 * One tenant of a publish: the plan for its Intune (create, update with the changed fields,
 * unchanged, or blocked with the reason) and, once published, the outcome.
 */
public record PublishRow(
    long tenantId, String tenantName, String action, String detail, Outcome outcome) {

  /** Where the tenant stands. */
  public enum Outcome {
    PLANNED("Planned", "configuring"),
    BLOCKED("Blocked", "degraded"),
    PUBLISHED("Published", "active"),
    FAILED("Failed", "suspended");

    private final String label;
    private final String badge;

    Outcome(String label, String badge) {
      this.label = label;
      this.badge = badge;
    }

    public String getLabel() {
      return label;
    }

    public String getBadge() {
      return badge;
    }
  }

  /** Whether Intune holds these values already (nothing to write, or nothing was written). */
  public boolean unchanged() {
    return com.mtdconnect.provisioning.entity.PlanAction.UNCHANGED.getLabel().equals(action);
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getTenantName() {
    return tenantName;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
