package com.mtdconnect.simulator.entity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Per-app-per-tenant request limits the simulator enforces, by workload family. Defaults are
 * Microsoft's published figures (graph-contracts §11); tests pass smaller ones. Directory requests
 * are counted in resource units (a request costs 1–5); with {@code directoryBySize} the directory
 * limit grows with the tenant as Microsoft publishes it (under 50 users 3,500, up to 500 users
 * 5,000, larger 8,000 units per 10 s).
 */
public record ThrottleLimits(Map<SimWorkloadFamily, Limit> limits, boolean directoryBySize) {

  /** At most {@code requests} (of which {@code writes} writes) per {@code window}. */
  public record Limit(int requests, int writes, Duration window) {}

  public ThrottleLimits {
    limits = Map.copyOf(limits);
  }

  public static ThrottleLimits microsoftPublished() {
    Map<SimWorkloadFamily, Limit> m = new EnumMap<>(SimWorkloadFamily.class);
    m.put(SimWorkloadFamily.DIRECTORY, new Limit(3500, 3000, Duration.ofSeconds(10)));
    m.put(SimWorkloadFamily.INTUNE_DEVICES, new Limit(2000, 200, Duration.ofSeconds(20)));
    m.put(SimWorkloadFamily.INTUNE_APPS, new Limit(1000, 100, Duration.ofSeconds(20)));
    m.put(SimWorkloadFamily.INTUNE_CONFIGURATION, new Limit(1000, 100, Duration.ofSeconds(20)));
    m.put(SimWorkloadFamily.INTUNE_ENROLLMENT, new Limit(1000, 100, Duration.ofSeconds(20)));
    return new ThrottleLimits(m, true);
  }

  /** The same limit for every family (directory in resource units); for tests. */
  public static ThrottleLimits uniform(int requests, Duration window) {
    Map<SimWorkloadFamily, Limit> m = new EnumMap<>(SimWorkloadFamily.class);
    for (SimWorkloadFamily f : SimWorkloadFamily.values()) {
      if (f != SimWorkloadFamily.NONE) {
        m.put(f, new Limit(requests, requests, window));
      }
    }
    return new ThrottleLimits(m, false);
  }

  /** The limit for a family in a tenant of {@code users} users. */
  public Limit of(SimWorkloadFamily family, int users) {
    Limit limit = limits.get(family);
    if (limit == null || family != SimWorkloadFamily.DIRECTORY || !directoryBySize) {
      return limit;
    }
    int units = users < 50 ? 3500 : users <= 500 ? 5000 : 8000;
    return new Limit(units, limit.writes(), limit.window());
  }
}
