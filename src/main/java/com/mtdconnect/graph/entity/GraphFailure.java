package com.mtdconnect.graph.entity;

import com.mtdconnect.platform.entity.ExplainedFailure;

/**
 * A call to Microsoft failed; the subclass names the problem, the message tells an operator what it
 * means, {@link #retryable()} whether trying again later can help.
 */
public abstract class GraphFailure extends RuntimeException implements ExplainedFailure {

  private static final long serialVersionUID = 1L;
  private final String tenantId;

  protected GraphFailure(String tenantId, String message, Throwable cause) {
    super(message, cause);
    this.tenantId = tenantId;
  }

  public String tenantId() {
    return tenantId;
  }

  public abstract boolean retryable();
}
