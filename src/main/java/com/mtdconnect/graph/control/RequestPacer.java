package com.mtdconnect.graph.control;

import com.mtdconnect.graph.entity.Budget;
import com.mtdconnect.graph.entity.BudgetSettings;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.WorkloadFamily;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets that pace our Graph calls: one per tenant and workload family plus one global. The
 * burst is a tenth of the budget, so that even Microsoft's fixed-window counting never sees more
 * than about 1.1 budgets per window. A 429 pauses that tenant and family for its {@code
 * Retry-After}. Callers block until a permit is free, at most {@code maxWait}.
 */
public final class RequestPacer {

  private static final class Bucket {
    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long last;
    private long pausedUntil;

    Bucket(Budget budget) {
      this.ratePerNano = budget.permitsPerSecond() / 1e9;
      this.capacity = Math.max(1, budget.permits() / 10.0);
      this.tokens = capacity;
      this.last = System.nanoTime();
    }

    /** Nanoseconds to wait before {@code n} permits are available; 0 after taking them. */
    synchronized long take(int n, long now) {
      if (now < pausedUntil) {
        return pausedUntil - now;
      }
      tokens = Math.min(capacity, tokens + (now - last) * ratePerNano);
      last = now;
      if (tokens >= Math.min(n, capacity)) {
        tokens -= n;
        return 0;
      }
      return (long) Math.ceil((Math.min(n, capacity) - tokens) / ratePerNano);
    }

    synchronized void pause(long until) {
      pausedUntil = Math.max(pausedUntil, until);
    }
  }

  private final BudgetSettings settings;
  private final Bucket global;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RequestPacer(BudgetSettings settings) {
    this.settings = settings;
    this.global = new Bucket(settings.global());
  }

  /** Blocks until {@code permits} calls may go to the tenant's family (and globally). */
  public void acquire(String tenantId, WorkloadFamily family, int permits) {
    Optional<Bucket> bucket = bucket(tenantId, family);
    long deadline = System.nanoTime() + settings.maxWait().toNanos();
    for (Bucket b :
        bucket.isEmpty() ? new Bucket[] {global} : new Bucket[] {bucket.get(), global}) {
      while (true) {
        long now = System.nanoTime();
        long wait = b.take(permits, now);
        if (wait == 0) {
          break;
        }
        if (now + wait > deadline) {
          throw new GraphThrottled(
              tenantId,
              Duration.ofNanos(wait),
              "our own request budget for " + family + " is exhausted");
        }
        sleepNanos(wait);
      }
    }
  }

  /** Microsoft asked us to wait: nothing more goes to that tenant's family until then. */
  public void pause(String tenantId, WorkloadFamily family, Duration retryAfter) {
    bucket(tenantId, family).ifPresent(b -> b.pause(System.nanoTime() + retryAfter.toNanos()));
  }

  private Optional<Bucket> bucket(String tenantId, WorkloadFamily family) {
    Budget budget = settings.perTenant().get(family);
    if (budget == null) {
      return Optional.empty();
    }
    return Optional.of(buckets.computeIfAbsent(tenantId + "|" + family, k -> new Bucket(budget)));
  }

  private static void sleepNanos(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a Graph request budget", e);
    }
  }
}
