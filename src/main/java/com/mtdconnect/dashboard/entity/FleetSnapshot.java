package com.mtdconnect.dashboard.entity;

import com.mtdconnect.rbac.entity.TenantScope;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole fleet as the stored results stood at one moment: every tenant's row, the tenants with
 * policy drift, and the charts' days and hours per tenant. Read once and shared by every staff
 * member's dashboards until it is counted again; each scope's figures are derived from it once
 * ({@link #in(TenantScope)}), in memory.
 */
public final class FleetSnapshot {
  private final LocalDateTime takenAt;
  private final Duration countedEvery;
  private final LocalDateTime registryStamp;
  private final List<FleetRow> rows;
  private final Set<Long> drifted;
  private final Map<LocalDateTime, TenantBuckets> days;
  private final Map<LocalDateTime, TenantBuckets> hours;
  private final Map<TenantScope, ScopedFleet> scoped = new ConcurrentHashMap<>();
  private final Set<TenantScope> asked = ConcurrentHashMap.newKeySet();

  /**
   * @param takenAt when it was read (portal clock, UTC)
   * @param countedEvery how often it is read again
   * @param registryStamp the registry's newest change when it was read (a later change calls for a
   *     new snapshot)
   * @param rows every tenant of the fleet
   * @param drifted the tenants with unresolved drift of a published policy
   * @param days install coverage per day start, the last {@link ScopedFleet#COVERAGE_DAYS} days
   * @param hours requests per hour start, the last {@link ScopedFleet#THROTTLING_HOURS} hours
   */
  public FleetSnapshot(
      LocalDateTime takenAt,
      Duration countedEvery,
      LocalDateTime registryStamp,
      List<FleetRow> rows,
      Set<Long> drifted,
      Map<LocalDateTime, TenantBuckets> days,
      Map<LocalDateTime, TenantBuckets> hours) {
    this.takenAt = takenAt;
    this.countedEvery = countedEvery;
    this.registryStamp = registryStamp;
    this.rows = List.copyOf(rows);
    this.drifted = Set.copyOf(drifted);
    this.days = Map.copyOf(days);
    this.hours = Map.copyOf(hours);
  }

  public LocalDateTime takenAt() {
    return takenAt;
  }

  public LocalDateTime registryStamp() {
    return registryStamp;
  }

  /** Whether it is at least {@code maxAge} old at {@code now}, or from a later time than now. */
  public boolean olderThan(Duration maxAge, LocalDateTime now) {
    Duration age = Duration.between(takenAt, now);
    return age.isNegative() || age.compareTo(maxAge) >= 0;
  }

  /** A day's or an hour's buckets kept from this snapshot, if it read them. */
  public TenantBuckets day(LocalDateTime start) {
    return days.get(start);
  }

  public TenantBuckets hour(LocalDateTime start) {
    return hours.get(start);
  }

  /** The scopes pages asked this snapshot for (not those only derived in advance). */
  public Set<TenantScope> scopes() {
    return Set.copyOf(asked);
  }

  /** The scopes whose figures are ready (derived in advance or asked for). */
  public Set<TenantScope> derivedScopes() {
    return Set.copyOf(scoped.keySet());
  }

  /** The fleet within a scope, as a page asks for it: its tenants and figures. */
  public ScopedFleet in(TenantScope scope) {
    asked.add(scope);
    return derived(scope);
  }

  /** Derives a scope's figures in advance (before a page asks), once per scope. */
  public ScopedFleet derived(TenantScope scope) {
    return scoped.computeIfAbsent(
        scope, s -> new ScopedFleet(s, takenAt, countedEvery, rows, drifted, days, hours));
  }
}
