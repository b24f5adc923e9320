package com.mtdconnect.graph.entity;

/** Microsoft did not answer properly (5xx, timeout or connection failure); retry later. */
public final class GraphUnavailable extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public GraphUnavailable(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
