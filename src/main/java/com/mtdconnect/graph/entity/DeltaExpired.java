package com.mtdconnect.graph.entity;

/** The stored delta link expired or is no longer valid; a full resynchronisation is needed. */
public final class DeltaExpired extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public DeltaExpired(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
