package com.mtdconnect.simulator.control.transport;

import com.mtdconnect.simulator.entity.SimWorkloadFamily;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.ThrottleLimits;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-window request counters per tenant and workload family (per app per tenant, as Microsoft
 * counts them). Answers how long to wait when a request is over the limit.
 */
public final class ThrottleGate {

  private static final class Window {
    long startNanos;
    int requests;
    int writes;
  }

  private final ThrottleLimits limits;
  private final ConcurrentHashMap<Long, Window> windows = new ConcurrentHashMap<>();
  private final AtomicLong throttled = new AtomicLong();

  public ThrottleGate(ThrottleLimits limits) {
    this.limits = limits;
  }

  /**
   * Empty if admitted; otherwise the seconds until the window resets. {@code cost} is the request's
   * resource units (1 outside the directory family).
   */
  public OptionalDouble admit(
      SimulatedTenant tenant, SimWorkloadFamily family, boolean write, int cost) {
    ThrottleLimits.Limit limit = limits.of(family, tenant.userCount());
    if (limit == null) {
      return OptionalDouble.empty();
    }
    long key = ((long) tenant.index() << 4) | family.ordinal();
    Window window = windows.computeIfAbsent(key, k -> new Window());
    long now = System.nanoTime();
    long windowNanos = limit.window().toNanos();
    synchronized (window) {
      if (window.startNanos == 0 || now - window.startNanos >= windowNanos) {
        window.startNanos = now;
        window.requests = 0;
        window.writes = 0;
      }
      if (window.requests + cost > limit.requests() || (write && window.writes >= limit.writes())) {
        throttled.incrementAndGet();
        double wait = (windowNanos - (now - window.startNanos)) / 1e9;
        return OptionalDouble.of(Math.max(0.001, wait));
      }
      window.requests += cost;
      if (write) {
        window.writes++;
      }
      return OptionalDouble.empty();
    }
  }

  /**
   * The share of the tenant's limit for the family used in the current window (0 when the window is
   * over or the family has no limit).
   */
  public double usedShare(SimulatedTenant tenant, SimWorkloadFamily family) {
    ThrottleLimits.Limit limit = limits.of(family, tenant.userCount());
    Window window = windows.get(((long) tenant.index() << 4) | family.ordinal());
    if (limit == null || window == null) {
      return 0;
    }
    synchronized (window) {
      boolean current = System.nanoTime() - window.startNanos < limit.window().toNanos();
      return current ? (double) window.requests / limit.requests() : 0;
    }
  }

  /** How many requests were answered 429 by the limits (not counting injected throttling). */
  public long throttledCount() {
    return throttled.get();
  }
}
