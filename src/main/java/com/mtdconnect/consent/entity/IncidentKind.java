package com.mtdconnect.consent.entity;

/** How a verified consent was lost. */
public enum IncidentKind {
  REVOKED("Consent revoked"),
  NARROWED("Permissions removed"),
  DISABLED("App disabled by the customer"),
  TENANT_GONE("Tenant no longer exists");

  private final String label;

  IncidentKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
