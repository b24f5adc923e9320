package com.mtdconnect.graph.entity;

/**
 * Entra ID rejected the MSP app's own credential (wrong, expired or unknown certificate or secret,
 * or the app registration is gone). This affects every tenant: alert operations.
 */
public final class CredentialRejected extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public CredentialRejected(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
