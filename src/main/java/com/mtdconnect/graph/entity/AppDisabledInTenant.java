package com.mtdconnect.graph.entity;

/**
 * The customer's admin disabled sign-in for our enterprise app in their tenant (AADSTS7000112): the
 * app is still consented there, but Entra ID issues no tokens for this tenant until the admin
 * enables it again. Other tenants are not affected.
 */
public final class AppDisabledInTenant extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public AppDisabledInTenant(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
