package com.mtdconnect.tenancy.entity;

import java.io.Serializable;

/**
 * A tenant's lifecycle as derived from its facts, with the reason in plain words and the one next
 * action. A JavaBean, so pages can show it.
 */
public final class TenantStatus implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TenantLifecycle lifecycle;
  private final String reason;
  private final NextAction nextAction;

  public TenantStatus(TenantLifecycle lifecycle, String reason, NextAction nextAction) {
    this.lifecycle = lifecycle;
    this.reason = reason;
    this.nextAction = nextAction;
  }

  public TenantLifecycle getLifecycle() {
    return lifecycle;
  }

  public String getReason() {
    return reason;
  }

  public NextAction getNextAction() {
    return nextAction;
  }

  /** Whether an MSP operator has to act on the tenant. */
  public boolean isNeedsAttention() {
    return nextAction.isNeedsOperator();
  }

  @Override
  public String toString() {
    return lifecycle + " (" + reason + ") → " + nextAction;
  }
}
