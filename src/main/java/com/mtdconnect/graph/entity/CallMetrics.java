package com.mtdconnect.graph.entity;

/** What the gateway did for one tenant and workload family since start. */
public record CallMetrics(
    String tenantId, WorkloadFamily family, long calls, long throttled, long totalLatencyMillis) {

  public double averageLatencyMillis() {
    return calls == 0 ? 0 : (double) totalLatencyMillis / calls;
  }
}
