package com.mtdconnect.consent.entity;

import java.util.List;

/** What the integration does in a customer tenant, each needing some Graph permissions. */
public enum Feature {
  CONSENT_VERIFICATION(
      "Checking the connection", "Confirms what you approved and that it stays in place."),
  GROUP_TARGETING(
      "Choosing who gets the app", "You pick Entra user groups that receive the security app."),
  ENROLLMENT_SYNC(
      "Keeping the device list current", "New and retired phones are picked up automatically."),
  APP_PROVISIONING(
      "Installing the mobile security app", "The app and its settings are added through Intune."),
  COMPLIANCE(
      "Compliance with the device threat level",
      "Devices with a high threat level count as not compliant, so Conditional Access can act."),
  MTD_CONNECTOR(
      "Mobile Threat Defense connector",
      "Connects our threat reports to Intune for iOS and Android.");

  private final String label;
  private final String summary;

  Feature(String label, String summary) {
    this.label = label;
    this.summary = summary;
  }

  public String getLabel() {
    return label;
  }

  public String getSummary() {
    return summary;
  }

  public List<RequiredPermission> getPermissions() {
    return RequiredPermission.of(this);
  }
}
