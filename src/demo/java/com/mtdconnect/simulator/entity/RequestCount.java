package com.mtdconnect.simulator.entity;

/**
 * What one tenant's simulated Microsoft endpoints received since the counts were last reset.
 *
 * @param graph HTTP requests to Graph (a {@code $batch} counts once, whatever it holds)
 * @param batchSteps requests inside {@code $batch} envelopes (counted here, not in {@code graph})
 * @param token HTTP requests to the tenant's token endpoint
 */
public record RequestCount(long graph, long batchSteps, long token) {

  public static final RequestCount NONE = new RequestCount(0, 0, 0);

  /** HTTP requests Microsoft would see from us for this tenant: Graph plus token requests. */
  public long http() {
    return graph + token;
  }

  public RequestCount plus(RequestCount other) {
    return new RequestCount(
        graph + other.graph, batchSteps + other.batchSteps, token + other.token);
  }
}
