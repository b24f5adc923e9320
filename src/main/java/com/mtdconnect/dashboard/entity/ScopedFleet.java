package com.mtdconnect.dashboard.entity;

import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.entity.ScopeTags;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fleet within one RBAC scope, derived from a {@link FleetSnapshot} in memory: its counters,
 * the tenants that most need attention, the charts' series and the fleet table's pages (filtered,
 * sorted and paged here, on the server). Tenants outside the scope are not part of it.
 */
public final class ScopedFleet {
  /** The days of the install coverage chart, today included. */
  public static final int COVERAGE_DAYS = 14;

  /** The hours of the throttling chart, the current one included. */
  public static final int THROTTLING_HOURS = 24;

  /** The most rows one page of the table may ask for. */
  public static final int MAX_PAGE_SIZE = 200;

  private final LocalDateTime takenAt;
  private final List<FleetRow> rows;
  private final Set<Long> drifted;
  private final FleetCounters counters;
  private final long driftedTenants;
  private final List<TrendPoint> coverage;
  private final List<TrendPoint> throttling;
  private final List<FleetRow> ranked;
  private final Map<String, List<FleetRow>> sorted = new ConcurrentHashMap<>();

  ScopedFleet(
      TenantScope scope,
      LocalDateTime takenAt,
      Duration countedEvery,
      List<FleetRow> fleet,
      Set<Long> fleetDrift,
      Map<LocalDateTime, TenantBuckets> days,
      Map<LocalDateTime, TenantBuckets> hours) {
    this.takenAt = takenAt;
    this.rows =
        fleet.stream().filter(r -> scope.covers(ScopeTags.parse(r.getScopeTags()))).toList();
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.getTenantId()));
    this.drifted = new HashSet<>(fleetDrift);
    this.drifted.retainAll(ids);
    this.driftedTenants = drifted.size();
    this.counters = count(rows, takenAt, countedEvery);
    this.ranked = rank();
    matching(FleetQuery.firstPage(1)); // the table's first view: by name
    LocalDate today = takenAt.toLocalDate();
    this.coverage = new ArrayList<>();
    for (LocalDate d = today.minusDays(COVERAGE_DAYS - 1L); !d.isAfter(today); d = d.plusDays(1)) {
      TenantBuckets day = days.get(d.atStartOfDay());
      String label = d.toString();
      coverage.add(day == null ? new TrendPoint(label, 0, 0) : day.sum(label, ids::contains));
    }
    this.throttling = new ArrayList<>();
    LocalDateTime hour = takenAt.truncatedTo(ChronoUnit.HOURS);
    for (LocalDateTime h = hour.minusHours(THROTTLING_HOURS - 1L);
        !h.isAfter(hour);
        h = h.plusHours(1)) {
      TenantBuckets buckets = hours.get(h);
      String label = h.toLocalDate() + " " + "%02d:00".formatted(h.getHour());
      throttling.add(
          buckets == null ? new TrendPoint(label, 0, 0) : buckets.sum(label, ids::contains));
    }
  }

  private static FleetCounters count(
      List<FleetRow> rows, LocalDateTime countedAt, Duration countedEvery) {
    Map<TenantLifecycle, Long> byLifecycle = new EnumMap<>(TenantLifecycle.class);
    Map<HealthState, Long> byHealth = new EnumMap<>(HealthState.class);
    long consentMissing = 0;
    long unresponsive = 0;
    long devices = 0;
    long installed = 0;
    long protectedDevices = 0;
    LocalDateTime newest = null;
    for (FleetRow r : rows) {
      byLifecycle.merge(r.getLifecycle(), 1L, Long::sum);
      byHealth.merge(r.getHealthState(), 1L, Long::sum);
      if (r.isConsentMissing() && r.getLifecycle() != TenantLifecycle.OFFBOARDED) {
        consentMissing++;
      }
      unresponsive += r.isConnectorUnresponsive() ? 1 : 0;
      devices += r.getDevices();
      installed += r.getInstalled();
      protectedDevices += r.getProtectedDevices();
      if (r.getLastSync() != null && (newest == null || r.getLastSync().isAfter(newest))) {
        newest = r.getLastSync();
      }
    }
    return new FleetCounters(
        byLifecycle,
        byHealth,
        consentMissing,
        unresponsive,
        devices,
        installed,
        protectedDevices,
        newest,
        countedAt,
        countedEvery);
  }

  public FleetCounters counters() {
    return counters;
  }

  /** How many tenants have unresolved drift of a published policy. */
  public long driftedTenants() {
    return driftedTenants;
  }

  /** Whether the tenant has unresolved drift of a published policy. */
  public boolean drifted(long tenantId) {
    return drifted.contains(tenantId);
  }

  /** Install coverage per day, oldest first, today last (as the day's last round left it). */
  public List<TrendPoint> coverage() {
    return List.copyOf(coverage);
  }

  /** Throttled and all Graph requests per hour, oldest first, the current hour last. */
  public List<TrendPoint> throttling() {
    return List.copyOf(throttling);
  }

  /** When the figures were counted (UTC). */
  public LocalDateTime countedAt() {
    return takenAt;
  }

  /**
   * The tenants that most need attention: failing, then degraded, then those with policy drift,
   * then those the registry says wait for an operator; inside each, the lowest score first, tenants
   * without a score yet last, then by name.
   */
  public List<FleetRow> mostUrgent(int max) {
    return ranked.subList(0, Math.min(max, ranked.size()));
  }

  private List<FleetRow> rank() {
    Comparator<FleetRow> order =
        Comparator.<FleetRow>comparingInt(this::urgency)
            .thenComparing(
                FleetRow::getHealthScore, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FleetRow::getDisplayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(FleetRow::getTenantId);
    return rows.stream().filter(r -> urgency(r) < 4).sorted(order).toList();
  }

  private int urgency(FleetRow r) {
    if (r.getHealthState() == HealthState.FAILING) {
      return 0;
    }
    if (r.getHealthState() == HealthState.DEGRADED) {
      return 1;
    }
    if (drifted.contains(r.getTenantId())) {
      return 2;
    }
    return r.isNeedsAttention() ? 3 : 4;
  }

  /** One page of the table: filtered, then sorted by the column (tenant id breaks ties). */
  public List<FleetRow> page(FleetQuery query) {
    List<FleetRow> matching = matching(query);
    int first = Math.min(Math.max(0, query.first()), matching.size());
    int size = Math.max(1, Math.min(MAX_PAGE_SIZE, query.pageSize()));
    return List.copyOf(matching.subList(first, Math.min(matching.size(), first + size)));
  }

  /** How many tenants match the table's filters. */
  public long count(FleetQuery query) {
    return unfiltered(query) ? rows.size() : rows.stream().filter(filter(query)).count();
  }

  private List<FleetRow> matching(FleetQuery query) {
    FleetSort sort = query.sort() == null ? FleetSort.NAME : query.sort();
    List<FleetRow> all =
        sorted.computeIfAbsent(
            sort + "/" + query.ascending(),
            k -> rows.stream().sorted(order(sort, query.ascending())).toList());
    return unfiltered(query) ? all : all.stream().filter(filter(query)).toList();
  }

  private static boolean unfiltered(FleetQuery q) {
    return (q.name() == null || q.name().isBlank())
        && q.lifecycle().isEmpty()
        && q.health().isEmpty()
        && (q.scopeTag() == null || q.scopeTag().isBlank())
        && q.platform().isEmpty();
  }

  private static Predicate<FleetRow> filter(FleetQuery q) {
    Predicate<FleetRow> p = r -> true;
    if (q.name() != null && !q.name().isBlank()) {
      String name = q.name().trim().toLowerCase(Locale.ROOT);
      p = p.and(r -> r.getDisplayName().toLowerCase(Locale.ROOT).contains(name));
    }
    if (q.lifecycle().isPresent()) {
      TenantLifecycle lifecycle = q.lifecycle().get();
      p = p.and(r -> r.getLifecycle() == lifecycle);
    }
    if (q.health().isPresent()) {
      HealthState health = q.health().get();
      p = p.and(r -> r.getHealthState() == health);
    }
    if (q.scopeTag() != null && !q.scopeTag().isBlank()) {
      TenantScope tag = TenantScope.ofTags(List.of(q.scopeTag().trim()));
      p = p.and(r -> tag.covers(ScopeTags.parse(r.getScopeTags())));
    }
    if (q.platform().isPresent()) {
      boolean ios = q.platform().get() == Platform.IOS;
      p = p.and(r -> (ios ? r.getIosDevices() : r.getAndroidDevices()) > 0);
    }
    return p;
  }

  /**
   * The column's order as the database would sort it: no value first when ascending, last when
   * descending, names ignoring case; the tenant id breaks ties in the same direction.
   */
  static Comparator<FleetRow> order(FleetSort sort, boolean ascending) {
    Comparator<FleetRow> by =
        switch (sort) {
          case NAME ->
              Comparator.comparing(FleetRow::getDisplayName, String.CASE_INSENSITIVE_ORDER);
          case STATE -> nullsFirst(r -> r.getLifecycle() == null ? null : r.getLifecycle().name());
          case HEALTH_SCORE -> nullsFirst(FleetRow::getHealthScore);
          case DEVICES -> Comparator.comparingLong(FleetRow::getDevices);
          case COVERAGE -> nullsFirst(FleetRow::getCoverage);
          case LAST_SYNC -> nullsFirst(FleetRow::getLastSync);
          case ALERTS -> Comparator.comparingInt(FleetRow::getOpenAlerts);
        };
    Comparator<FleetRow> order = by.thenComparingLong(FleetRow::getTenantId);
    return ascending ? order : order.reversed();
  }

  private static <T extends Comparable<? super T>> Comparator<FleetRow> nullsFirst(
      Function<FleetRow, T> key) {
    return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
  }
}
