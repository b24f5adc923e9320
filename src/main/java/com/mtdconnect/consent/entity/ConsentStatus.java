package com.mtdconnect.consent.entity;

/** A tenant's consent as the MSP knows it. */
public enum ConsentStatus {
  NOT_REQUESTED("Not requested", "No consent link has been used yet."),
  VERIFYING(
      "Verifying",
      "The customer approved; we are confirming with Microsoft what was granted (this can take a"
          + " few minutes while Microsoft replicates the grant)."),
  CONSENTED("Consented", "Every permission the integration needs is granted."),
  PARTIAL("Partially consented", "Some permissions are missing; see which ones."),
  FAILED("Failed", "Consent could not be confirmed; see the reason and what to do."),
  DEGRADED(
      "Degraded",
      "Consent was confirmed earlier but has since been revoked or narrowed by the customer.");

  private final String label;
  private final String description;

  ConsentStatus(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }

  public String getStyleName() {
    return switch (this) {
      case CONSENTED -> "active";
      case VERIFYING -> "consent-pending";
      case NOT_REQUESTED -> "invited";
      default -> "degraded";
    };
  }

  /** Whether the recurring drift check looks at tenants in this state. */
  public boolean isWatchedForDrift() {
    return this == CONSENTED || this == PARTIAL || this == DEGRADED;
  }

  /** Whether the customer should be asked again (a re-consent link makes sense). */
  public boolean needsReconsent() {
    return this == PARTIAL || this == FAILED || this == DEGRADED;
  }
}
