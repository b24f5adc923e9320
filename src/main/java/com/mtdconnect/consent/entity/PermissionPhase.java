package com.mtdconnect.consent.entity;

/** When a permission is needed: all the time, or mainly while we set the tenant up. */
public enum PermissionPhase {
  ONGOING("Ongoing", "Needed as long as the integration runs."),
  SETUP(
      "Setup",
      "Write access is needed while we set up Intune and push policy changes; after setup,"
          + " reading would do.");

  private final String label;
  private final String description;

  PermissionPhase(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }
}
