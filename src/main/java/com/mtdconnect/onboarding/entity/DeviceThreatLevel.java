package com.mtdconnect.onboarding.entity;

/**
 * The highest device threat level the MTD partner may report for a device to stay compliant
 * (Intune's {@code deviceThreatProtectionRequiredSecurityLevel}).
 */
public enum DeviceThreatLevel {
  SECURED("Secured", "Only devices with no threat at all stay compliant (strictest)."),
  LOW("Low", "Devices with low-level threats stay compliant."),
  MEDIUM("Medium", "Devices with low or medium threats stay compliant."),
  HIGH("High", "Devices stay compliant whatever the threat level (least strict).");

  private final String label;
  private final String description;

  DeviceThreatLevel(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }

  public String getName() {
    return name();
  }
}
