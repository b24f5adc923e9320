package com.mtdconnect.graph.entity;

import java.time.Duration;

/** Microsoft throttled our calls to tenant (Graph answered 429); retry after the given time. */
public final class GraphThrottled extends GraphFailure {

  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public GraphThrottled(String tenantId, Duration retryAfter, String detail) {
    super(
        tenantId,
        "Microsoft Graph throttled our calls to tenant "
            + tenantId
            + "; retry after "
            + retryAfter.toMillis()
            + " ms ("
            + detail
            + ")",
        null);
    this.retryAfter = retryAfter;
  }

  /** How long Microsoft asked us to wait. */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
