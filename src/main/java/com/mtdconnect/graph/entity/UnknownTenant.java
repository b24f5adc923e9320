package com.mtdconnect.graph.entity;

/**
 * Entra ID knows no tenant by this domain or id (AADSTS90002): mistyped, a domain no tenant has
 * verified, or a tenant of another cloud. Asking again will not help.
 */
public final class UnknownTenant extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public UnknownTenant(String domainOrId) {
    super(
        domainOrId,
        "Microsoft knows no tenant \""
            + domainOrId
            + "\". Check the spelling, or use the tenant ID from the customer's Entra admin"
            + " center (Overview → Tenant ID); a custom domain counts only once the customer has"
            + " verified it in Entra ID.",
        null);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
