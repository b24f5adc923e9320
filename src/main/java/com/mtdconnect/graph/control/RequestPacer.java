package com.mtdconnect.graph.control;

import com.mtdconnect.graph.entity.Budget;
import com.mtdconnect.graph.entity.BudgetSettings;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.WorkloadFamily;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets that pace our Graph calls below Microsoft's limits (graph-contracts §11): one per
 * tenant and workload family (per app per tenant), and two shared by all tenants, because Microsoft
 * also limits the app across all tenants: every request counts against the app's requests, and
 * directory requests count their resource units against the app's identity budget. The burst is a
 * tenth of the budget, so that even Microsoft's fixed-window counting never sees more than about
 * 1.1 budgets per window.
 *
 * <p>Microsoft's signals adjust the pace: a 429 pauses that tenant and family for its {@code
 * Retry-After}, or every tenant when its {@code x-ms-throttle-scope} is the application's; a
 * response carrying {@code x-ms-throttle-limit-percentage} (sent from 0.8 of a limit on, e.g. when
 * other nodes of the portal share the app's limits) slows the tenant's family and the app-wide
 * budget in proportion to how near the limit is, and the pace recovers over two windows without
 * such a signal. Callers block until a permit is free, at most {@code maxWait}.
 */
public final class RequestPacer {

  /** The share of a limit we aim at after a near-limit signal. */
  static final double TARGET_SHARE = 0.7;

  /** Never slower than this share of a budget. */
  static final double MIN_FACTOR = 0.05;

  private static final class Bucket {
    private final double ratePerNano;
    private final double capacity;
    private final long windowNanos;
    private double tokens;
    private long last;
    private long pausedUntil;
    private double factor = 1;
    private long lastRecovery;
    private long lastCut;
    private boolean cut;

    Bucket(Budget budget) {
      this.ratePerNano = budget.permitsPerSecond() / 1e9;
      this.capacity = Math.max(1, budget.permits() / 10.0);
      this.windowNanos = budget.window().toNanos();
      this.tokens = capacity;
      this.last = System.nanoTime();
      this.lastRecovery = last;
    }

    /** Nanoseconds to wait before {@code n} permits are available; 0 after taking them. */
    synchronized long take(int n, long now) {
      if (n <= 0) {
        return 0;
      }
      if (now < pausedUntil) {
        return pausedUntil - now;
      }
      recover(now);
      double rate = ratePerNano * factor;
      double burst = Math.max(1, capacity * factor);
      tokens = Math.min(burst, tokens + (now - last) * rate);
      last = now;
      double needed = Math.min(n, burst);
      if (tokens >= needed) {
        tokens -= n;
        return 0;
      }
      return (long) Math.ceil((needed - tokens) / rate);
    }

    synchronized void pause(long until) {
      pausedUntil = Math.max(pausedUntil, until);
    }

    /** Slows down after a near-limit signal; at most once per tenth of a window. */
    synchronized void slowDown(double share, long now) {
      recover(now);
      if (cut && now - lastCut < windowNanos / 10) {
        return;
      }
      factor = Math.max(MIN_FACTOR, factor * Math.min(0.9, TARGET_SHARE / share));
      tokens = Math.min(tokens, Math.max(1, capacity * factor));
      lastCut = now;
      cut = true;
    }

    private void recover(long now) {
      if (factor < 1) {
        factor = Math.min(1, factor + (now - lastRecovery) / (2.0 * windowNanos));
      }
      lastRecovery = now;
    }

    synchronized double factor(long now) {
      recover(now);
      return factor;
    }
  }

  private final BudgetSettings settings;
  private final Bucket appRequests;
  private final Bucket appDirectory;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong nearLimitSignals =
      new java.util.concurrent.atomic.AtomicLong();

  public RequestPacer(BudgetSettings settings) {
    this.settings = settings;
    this.appRequests = new Bucket(settings.global());
    this.appDirectory = new Bucket(settings.appDirectory());
  }

  /**
   * Blocks until one request costing {@code permits} (resource units for the directory, else 1) may
   * go to the tenant's family and, across all tenants, to the app.
   */
  public void acquire(String tenantId, WorkloadFamily family, int permits) {
    acquire(tenantId, family, permits, 1);
  }

  /**
   * Blocks until {@code requests} requests costing {@code units} together (resource units for the
   * directory, else one per request) may go to the tenant's family and to the app.
   */
  public void acquire(String tenantId, WorkloadFamily family, int units, int requests) {
    long deadline = System.nanoTime() + settings.maxWait().toNanos();
    List<Bucket> order = new ArrayList<>(3);
    List<Integer> costs = new ArrayList<>(3);
    bucket(tenantId, family)
        .ifPresent(
            b -> {
              order.add(b);
              costs.add(units);
            });
    if (family == WorkloadFamily.DIRECTORY) {
      order.add(appDirectory);
      costs.add(units);
    }
    order.add(appRequests);
    costs.add(requests);
    for (int i = 0; i < order.size(); i++) {
      Bucket b = order.get(i);
      while (true) {
        long now = System.nanoTime();
        long wait = b.take(costs.get(i), now);
        if (wait == 0) {
          break;
        }
        if (now + wait > deadline) {
          throw new GraphThrottled(
              tenantId,
              Duration.ofNanos(wait),
              b == appRequests || b == appDirectory
                  ? "our own request budget for the app across all tenants is exhausted"
                  : "our own request budget for " + family + " is exhausted");
        }
        sleepNanos(wait);
      }
    }
  }

  /** Microsoft asked us to wait: nothing more goes to that tenant's family until then. */
  public void pause(String tenantId, WorkloadFamily family, Duration retryAfter) {
    bucket(tenantId, family).ifPresent(b -> b.pause(System.nanoTime() + retryAfter.toNanos()));
  }

  /** Microsoft throttled the app across all tenants: nothing more goes to any tenant until then. */
  public void pauseApp(Duration retryAfter) {
    long until = System.nanoTime() + retryAfter.toNanos();
    appRequests.pause(until);
    appDirectory.pause(until);
  }

  /**
   * A response said we used {@code share} (0.8 to 1.8) of a limit ({@code
   * x-ms-throttle-limit-percentage}): the tenant's family and the app's budgets slow down.
   */
  public void nearLimit(String tenantId, WorkloadFamily family, double share) {
    if (!(share > 0)) {
      return;
    }
    nearLimitSignals.incrementAndGet();
    long now = System.nanoTime();
    bucket(tenantId, family).ifPresent(b -> b.slowDown(share, now));
    appRequests.slowDown(share, now);
    if (family == WorkloadFamily.DIRECTORY) {
      appDirectory.slowDown(share, now);
    }
  }

  /** How many responses said we were near a limit. */
  public long nearLimitSignals() {
    return nearLimitSignals.get();
  }

  /** The share of its budget the app's request pace runs at now (1 unless slowed down). */
  public double appPace() {
    return appRequests.factor(System.nanoTime());
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
