package com.mtdconnect.graph.entity;

/**
 * A Conditional Access policy in the customer's tenant blocks our app (AADSTS53003). Only the
 * customer's admin can fix it, by excluding our app from the policy.
 */
public final class BlockedByConditionalAccess extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public BlockedByConditionalAccess(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
