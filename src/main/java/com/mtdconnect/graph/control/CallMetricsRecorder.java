package com.mtdconnect.graph.control;

import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.CallTotals;
import com.mtdconnect.graph.entity.WorkloadFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts Graph calls, 429s and latency per tenant and workload family. */
public final class CallMetricsRecorder {

  private record Key(String tenantId, WorkloadFamily family) {}

  private static final class Counters {
    final LongAdder calls = new LongAdder();
    final LongAdder throttled = new LongAdder();
    final LongAdder latencyMillis = new LongAdder();
  }

  private final ConcurrentHashMap<Key, Counters> counters = new ConcurrentHashMap<>();

  public void record(
      String tenantId, WorkloadFamily family, long latencyMillis, boolean throttled) {
    Counters c = counters.computeIfAbsent(new Key(tenantId, family), k -> new Counters());
    c.calls.increment();
    c.latencyMillis.add(latencyMillis);
    if (throttled) {
      c.throttled.increment();
    }
  }

  /**
   * A step of a {@code $batch} Microsoft throttled: a 429 of its family, but no HTTP request of its
   * own (the envelope was counted).
   */
  public void throttledStep(String tenantId, WorkloadFamily family) {
    counters.computeIfAbsent(new Key(tenantId, family), k -> new Counters()).throttled.increment();
  }

  /**
   * The tenant's calls and 429s so far, over all workload families: a few map lookups, however many
   * tenants are counted (a round asks before and after its requests).
   */
  public CallTotals totals(String tenantId) {
    long calls = 0;
    long throttled = 0;
    for (WorkloadFamily family : WorkloadFamily.values()) {
      Counters c = counters.get(new Key(tenantId, family));
      if (c != null) {
        calls += c.calls.sum();
        throttled += c.throttled.sum();
      }
    }
    return new CallTotals(calls, throttled);
  }

  public List<CallMetrics> snapshot() {
    List<CallMetrics> result = new ArrayList<>();
    counters.forEach(
        (k, c) ->
            result.add(
                new CallMetrics(
                    k.tenantId(),
                    k.family(),
                    c.calls.sum(),
                    c.throttled.sum(),
                    c.latencyMillis.sum())));
    return result;
  }
}
