package com.mtdconnect.graph.entity;

/**
 * The tenant's consent lacks an app role this call needs (Graph answered 403): the admin removed or
 * never granted it. Re-run the permission check and ask for re-consent.
 */
public final class PermissionMissing extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public PermissionMissing(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
