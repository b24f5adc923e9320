package com.mtdconnect.graph.entity;

/**
 * The MSP application is not configured (no client id or credential), so no tenant can be reached.
 * Retrying does not help until the configuration is fixed.
 */
public class GraphNotConfigured extends GraphFailure {
  private static final long serialVersionUID = 1L;

  public GraphNotConfigured(String message) {
    super("", message, null);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
