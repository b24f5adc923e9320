package com.mtdconnect.graph.entity;

/**
 * Entra ID refuses tokens for the tenant: our app has no service principal there (never consented,
 * or the customer's admin deleted or disabled the enterprise app). The customer's admin must
 * consent again.
 */
public final class ConsentMissing extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public ConsentMissing(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
