package com.mtdconnect.polling.entity;

/** How a tenant round ended. */
public enum RoundOutcome {
  /** Every due kind ran and stored its results. */
  SUCCEEDED,
  /** Microsoft asked us to slow down; the round is rescheduled after {@code Retry-After}. */
  THROTTLED,
  /** A transient failure (5xx, timeout); retried with backoff and jitter. */
  FAILED,
  /** Consent revoked or the tenant is gone: no retries until an operator or a consent fixes it. */
  PARKED,
  /** A newer round owns the tenant; this one's writes were rejected. */
  FENCED_OUT
}
