package com.mtdconnect.tenancy.entity;

/**
 * Where a customer tenant stands in its life with the MSP, as {@link TenantStatusRules} derives it
 * from facts; nobody sets it by hand. (Suspended is not derived by any rule yet: nothing reports a
 * suspension.)
 */
public enum TenantLifecycle {
  INVITED("Invited", "The customer was invited; nothing is set up yet."),
  CONSENT_PENDING(
      "Consent pending", "A consent link was sent; the customer has not approved it yet."),
  CONSENTED("Consented", "The customer's administrator approved the app."),
  CONFIGURING("Configuring", "Platforms, groups and Intune objects are being set up."),
  INSTALLING(
      "Provisioned, app installing",
      "Provisioned into Intune; no device has reported the app installed yet."),
  ACTIVE("Active", "Provisioned into Intune, the app installed on devices, consent complete."),
  DEGRADED(
      "Degraded",
      "Consent was lost, provisioning failed or health found a problem; the reason says which."),
  SUSPENDED("Suspended", "Polling and changes are paused by the MSP."),
  OFFBOARDED("Offboarded", "The integration was removed from the customer's tenant.");

  private final String label;
  private final String description;

  TenantLifecycle(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }

  /** A CSS-friendly name of the state, for badges. */
  public String getStyleName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
