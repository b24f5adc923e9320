package com.mtdconnect.simulator.control.transport;

import com.mtdconnect.simulator.entity.RequestCount;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts every request the simulator receives per tenant, as Microsoft would see them: Graph HTTP
 * requests (a {@code $batch} once), the steps inside batches separately, and token requests.
 * Thread-safe; resettable so a benchmark counts one phase at a time.
 */
public final class RequestCounts {

  private static final class Counter {
    final AtomicLong graph = new AtomicLong();
    final AtomicLong batchSteps = new AtomicLong();
    final AtomicLong token = new AtomicLong();

    RequestCount snapshot() {
      return new RequestCount(graph.get(), batchSteps.get(), token.get());
    }
  }

  private final ConcurrentHashMap<Integer, Counter> counters = new ConcurrentHashMap<>();

  private Counter of(SimulatedTenant tenant) {
    return counters.computeIfAbsent(tenant.index(), k -> new Counter());
  }

  public void graph(SimulatedTenant tenant) {
    of(tenant).graph.incrementAndGet();
  }

  public void batchSteps(SimulatedTenant tenant, int steps) {
    of(tenant).batchSteps.addAndGet(steps);
  }

  public void token(SimulatedTenant tenant) {
    of(tenant).token.incrementAndGet();
  }

  public RequestCount of(int tenantIndex) {
    Counter c = counters.get(tenantIndex);
    return c == null ? RequestCount.NONE : c.snapshot();
  }

  public RequestCount total() {
    RequestCount sum = RequestCount.NONE;
    for (Counter c : counters.values()) {
      sum = sum.plus(c.snapshot());
    }
    return sum;
  }

  public void reset() {
    counters.clear();
  }
}
