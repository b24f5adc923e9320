package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.FleetSnapshot;
import com.mtdconnect.dashboard.entity.ScopedFleet;
import com.mtdconnect.dashboard.entity.TenantBuckets;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Counts the fleet's snapshot from the stored results, in one transaction (the caller's, or its own
 * on the managed executor), and derives the figures of the scopes the last snapshot served before
 * it is shown, so no page waits for them. Days and hours that ended more than {@link #SETTLED}
 * before the previous count cannot change any more and are kept from it rather than read again.
 */
@ApplicationScoped
public class FleetCounting {
  /** How long after a day or an hour ended its stored figures may still change (late rounds). */
  static final Duration SETTLED = Duration.ofHours(1);

  @Inject FleetReads reads;

  /** The fleet as stored now; {@code previous} (or null) lends the settled days and hours. */
  @Transactional
  public FleetSnapshot count(FleetSnapshot previous, LocalDateTime now, Duration countedEvery) {
    LocalDateTime stamp = reads.registryStamp(); // first: a change while counting counts again
    List<FleetRow> rows = reads.rows();
    Set<Long> drifted = reads.driftedTenants();
    Map<LocalDateTime, TenantBuckets> days = new HashMap<>();
    LocalDate today = now.toLocalDate();
    for (int i = 0; i < ScopedFleet.COVERAGE_DAYS; i++) {
      LocalDate day = today.minusDays(i);
      LocalDateTime start = day.atStartOfDay();
      days.put(
          start,
          kept(previous, start, start.plusDays(1), FleetSnapshot::day)
              .orElseGet(() -> reads.coverageOn(day)));
    }
    Map<LocalDateTime, TenantBuckets> hours = new HashMap<>();
    LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
    for (int i = 0; i < ScopedFleet.THROTTLING_HOURS; i++) {
      LocalDateTime start = hour.minusHours(i);
      hours.put(
          start,
          kept(previous, start, start.plusHours(1), FleetSnapshot::hour)
              .orElseGet(() -> reads.requestsIn(start)));
    }
    FleetSnapshot counted = new FleetSnapshot(now, countedEvery, stamp, rows, drifted, days, hours);
    // derived here, before any page sees the snapshot: the scopes pages asked the last one for,
    // and all tenants; a scope no page asks for any more is not carried on
    counted.derived(TenantScope.ALL);
    if (previous != null) {
      previous.scopes().forEach(counted::derived);
    }
    return counted;
  }

  /** Whether the registry changed since the snapshot was counted (one index read). */
  @Transactional
  public boolean registryChangedSince(FleetSnapshot snapshot) {
    return !Objects.equals(reads.registryStamp(), snapshot.registryStamp());
  }

  private static Optional<TenantBuckets> kept(
      FleetSnapshot previous,
      LocalDateTime start,
      LocalDateTime end,
      BiFunction<FleetSnapshot, LocalDateTime, TenantBuckets> bucket) {
    if (previous == null || !end.plus(SETTLED).isBefore(previous.takenAt())) {
      return Optional.empty();
    }
    return Optional.ofNullable(bucket.apply(previous, start));
  }
}
