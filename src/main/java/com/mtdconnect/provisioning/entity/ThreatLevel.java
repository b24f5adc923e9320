package com.mtdconnect.provisioning.entity;

/**
 * The highest device threat level a compliance policy still accepts (Intune's {@code
 * deviceThreatProtectionRequiredSecurityLevel}).
 */
public enum ThreatLevel {
  SECURED("Secured (no threat at all)", "secured"),
  LOW("Low", "low"),
  MEDIUM("Medium", "medium"),
  HIGH("High", "high");

  private final String label;
  private final String graphValue;

  ThreatLevel(String label, String graphValue) {
    this.label = label;
    this.graphValue = graphValue;
  }

  public String getLabel() {
    return label;
  }

  /** Intune's value. */
  public String graphValue() {
    return graphValue;
  }
}
