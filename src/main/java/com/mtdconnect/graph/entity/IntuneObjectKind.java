package com.mtdconnect.graph.entity;

/** The Intune collections provisioning writes to, each with the field that carries our marker. */
public enum IntuneObjectKind {
  /** {@code deviceAppManagement/mobileApps}; the marker lives in {@code notes}. */
  MOBILE_APP("notes", "mobile app"),
  /** {@code deviceAppManagement/mobileAppConfigurations}; marker in {@code description}. */
  APP_CONFIGURATION("description", "app configuration"),
  /** {@code deviceManagement/deviceCompliancePolicies}; marker in {@code description}. */
  COMPLIANCE_POLICY("description", "compliance policy");

  private final String markerField;
  private final String label;

  IntuneObjectKind(String markerField, String label) {
    this.markerField = markerField;
    this.label = label;
  }

  /** The property Intune keeps as we wrote it, where our marker goes. */
  public String markerField() {
    return markerField;
  }

  public String label() {
    return label;
  }
}
