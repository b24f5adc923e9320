package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.FleetSnapshot;
import com.mtdconnect.dashboard.entity.ScopedFleet;
import com.mtdconnect.dashboard.entity.TenantBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the fleet's snapshot on this node and counts it again when it is older than {@code
 * portal.dashboard.refresh} (PT30S) or when the registry changed (checked at most once a second):
 * the fleet's dashboards then cost no SQL per page but this check, whatever the fleet's size.
 *
 * <p>One request counts at a time; the others keep answering from the snapshot they have (only the
 * very first count is waited for). Days and hours that ended more than {@link #SETTLED} before the
 * previous count cannot change any more and are kept from it rather than read again.
 */
@ApplicationScoped
public class FleetSnapshots {
  /** How often, at most, a page asks the database whether the registry changed. */
  static final Duration REGISTRY_CHECK = Duration.ofSeconds(1);

  /** How long after a day or an hour ended its stored figures may still change (late rounds). */
  static final Duration SETTLED = Duration.ofHours(1);

  @Inject FleetReads reads;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.dashboard.refresh", defaultValue = "PT30S")
  String refresh;

  private final AtomicReference<FleetSnapshot> current = new AtomicReference<>();
  private final ReentrantLock counting = new ReentrantLock();
  private volatile LocalDateTime registryCheckedAt;

  /** The fleet as the current snapshot counted it (counting it first when due). */
  public FleetSnapshot current() {
    LocalDateTime now = LocalDateTime.now(clock);
    FleetSnapshot snapshot = current.get();
    if (snapshot == null) {
      counting.lock();
      try {
        if (current.get() == null) {
          current.set(count(null, now));
        }
        return current.get();
      } finally {
        counting.unlock();
      }
    }
    if (due(snapshot, now) && counting.tryLock()) {
      try {
        if (current.get() == snapshot) {
          current.set(count(snapshot, now));
        }
      } finally {
        counting.unlock();
      }
    }
    return current.get();
  }

  /** How long the figures are kept before they are counted again. */
  public Duration maxAge() {
    Duration age;
    try {
      age = Duration.parse(refresh.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "portal.dashboard.refresh must be an ISO-8601 duration such as PT30S, was " + refresh);
    }
    if (age.compareTo(Duration.ofSeconds(1)) < 0 || age.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalStateException(
          "portal.dashboard.refresh must be between PT1S and PT1H, was " + refresh);
    }
    return age;
  }

  private boolean due(FleetSnapshot snapshot, LocalDateTime now) {
    if (snapshot.olderThan(maxAge(), now)) {
      return true;
    }
    LocalDateTime checked = registryCheckedAt;
    if (checked != null && Duration.between(checked, now).abs().compareTo(REGISTRY_CHECK) < 0) {
      return false;
    }
    registryCheckedAt = now;
    return !Objects.equals(reads.registryStamp(), snapshot.registryStamp());
  }

  private FleetSnapshot count(FleetSnapshot previous, LocalDateTime now) {
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
    return new FleetSnapshot(now, maxAge(), stamp, rows, drifted, days, hours);
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
