package com.mtdconnect.graph.entity;

/** Entra ID does not know the tenant (deleted, mistyped, or another cloud). Stop polling it. */
public final class TenantGone extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public TenantGone(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
