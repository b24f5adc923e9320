package com.mtdconnect.dashboard.entity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * One day or one hour of a fleet chart, per tenant: two figures for each tenant that has any (app
 * installed and devices in scope for a day, throttled and all requests for an hour), as the stored
 * results hold them. Summed over a scope's tenants, it is one point of the chart.
 */
public final class TenantBuckets {
  private final LocalDateTime start;
  private final long[] tenantIds;
  private final long[] first;
  private final long[] second;

  /** One figure pair of one tenant. */
  public record Figures(long tenantId, long first, long second) {}

  public TenantBuckets(LocalDateTime start, List<Figures> figures) {
    this.start = start;
    this.tenantIds = figures.stream().mapToLong(Figures::tenantId).toArray();
    this.first = figures.stream().mapToLong(Figures::first).toArray();
    this.second = figures.stream().mapToLong(Figures::second).toArray();
  }

  /** When the day or hour starts (UTC). */
  public LocalDateTime start() {
    return start;
  }

  /** The figures of the tenants the predicate accepts, summed, as a chart point. */
  public TrendPoint sum(String label, LongPredicate inScope) {
    long a = 0;
    long b = 0;
    for (int i = 0; i < tenantIds.length; i++) {
      if (inScope.test(tenantIds[i])) {
        a += first[i];
        b += second[i];
      }
    }
    return new TrendPoint(label, a, b);
  }
}
