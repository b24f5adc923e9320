package com.mtdconnect.tenancy.entity;

/**
 * Where the tenant's admin consent stands, as the consent component reports it through {@code
 * tenancy.control.TenantLifecycleChanges#consentReached}. Tenancy keeps only this summary; the
 * consent component owns the details (links, grants, incidents).
 */
public enum ConsentFact {
  /** No consent link exists. */
  NONE("No link yet"),
  /** A link exists but was not sent to the customer. */
  LINK_CREATED("Link not sent"),
  /** A link went to the customer's contact; nobody approved yet. */
  LINK_SENT("Awaiting approval"),
  /** The customer approved; Microsoft is asked what was granted. */
  VERIFYING("Verifying"),
  /** Every permission the integration needs is granted (verified with Microsoft). */
  GRANTED("Granted"),
  /** The customer approved but some permissions are missing. */
  PARTIAL("Partially granted"),
  /** The approval failed or was declined. */
  FAILED("Failed"),
  /** Consent was verified earlier and has since been revoked or narrowed. */
  LOST("Lost");

  private final String label;

  ConsentFact(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
