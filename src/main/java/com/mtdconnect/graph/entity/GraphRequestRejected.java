package com.mtdconnect.graph.entity;

/**
 * Graph rejected a request as malformed or unknown: this is a bug on our side; the log line carries
 * Graph's request id.
 */
public final class GraphRequestRejected extends GraphFailure {

  private static final long serialVersionUID = 1L;

  public GraphRequestRejected(String tenantId, String message, Throwable cause) {
    super(tenantId, message, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
