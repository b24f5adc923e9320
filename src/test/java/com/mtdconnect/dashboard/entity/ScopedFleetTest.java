package com.mtdconnect.dashboard.entity;

import static com.mtdconnect.dashboard.entity.FleetRows.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.ConsentFact;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopedFleetTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 10, 30, 15);

  private final List<FleetRow> fleet =
      List.of(
          tenant(1, "alpine ski")
              .tags("EMEA")
              .health(HealthState.FAILING, 20)
              .devices(10, 0, 4, 3)
              .lastSync(NOW.minusMinutes(5))
              .row(),
          tenant(2, "Blue Yonder")
              .tags("AMER")
              .health(HealthState.DEGRADED, 60)
              .devices(0, 8, 8, 8)
              .lastSync(NOW.minusMinutes(1))
              .row(),
          tenant(3, "Contoso")
              .tags("emea,Gold")
              .lifecycle(TenantLifecycle.CONSENT_PENDING)
              .consent(ConsentFact.LINK_SENT)
              .health(HealthState.NOT_POLLED, null)
              .needsAttention()
              .row(),
          tenant(4, "Datum")
              .tags("Gold")
              .lifecycle(TenantLifecycle.OFFBOARDED)
              .consent(ConsentFact.LOST)
              .health(HealthState.HEALTHY, 100)
              .connectorUnresponsive()
              .row(),
          tenant(5, "Adatum")
              .tags("EMEA")
              .health(HealthState.FAILING, 20)
              .devices(5, 5, 10, 10)
              .alerts(1)
              .row(),
          tenant(6, "Fabrikam").tags("EMEA").health(HealthState.HEALTHY, 95).row());

  private ScopedFleet in(TenantScope scope, Set<Long> drifted) {
    return new FleetSnapshot(NOW, Duration.ofSeconds(30), NOW, fleet, drifted, Map.of(), Map.of())
        .in(scope);
  }

  @Test
  void countersCountOnlyTheTenantsInTheScope() {
    FleetCounters emea = in(TenantScope.ofTags(List.of("emea")), Set.of()).counters();
    assertEquals(4, emea.getTenants());
    assertEquals(2, emea.getFailing());
    assertEquals(1, emea.getHealthy());
    assertEquals(1, emea.getNotPolled());
    assertEquals(1, emea.getConsentMissing());
    assertEquals(20, emea.getDevices());
    assertEquals(14, emea.getInstalled());
    assertEquals(13, emea.getDevicesProtected());
    assertEquals(NOW.minusMinutes(5), emea.getNewestSync());
    assertEquals(NOW, emea.getCountedAt());
    assertEquals(3L, emea.getByLifecycle().get(TenantLifecycle.ACTIVE));

    FleetCounters all = in(TenantScope.ALL, Set.of()).counters();
    assertEquals(6, all.getTenants());
    assertEquals(1, all.getConsentMissing(), "an offboarded tenant's lost consent is no gap");
    assertEquals(1, all.getConnectorUnresponsive());
    assertEquals(NOW.minusMinutes(1), all.getNewestSync());
    assertEquals(0, in(TenantScope.NONE, Set.of()).counters().getTenants());
  }

  @Test
  void theMostUrgentComeFailingThenDegradedThenDriftThenWaitingLowestScoreFirst() {
    ScopedFleet all = in(TenantScope.ALL, Set.of(6L, 99L));
    assertEquals(
        List.of(5L, 1L, 2L, 6L, 3L),
        all.mostUrgent(10).stream().map(FleetRow::getTenantId).toList());
    assertEquals(List.of(5L, 1L), all.mostUrgent(2).stream().map(FleetRow::getTenantId).toList());
    assertEquals(1, all.driftedTenants(), "a drifted tenant outside the fleet is not counted");
    assertEquals(0, in(TenantScope.ofTags(List.of("amer")), Set.of(6L)).driftedTenants());
  }

  @Test
  void theTableSortsLikeTheDatabaseAndPagesAndFiltersOnTheServer() {
    ScopedFleet all = in(TenantScope.ALL, Set.of());
    assertEquals(List.of(5L, 1L, 2L, 3L, 4L, 6L), ids(all.page(query(FleetSort.NAME, true))));
    assertEquals(
        List.of(3L, 1L, 5L, 2L, 6L, 4L),
        ids(all.page(query(FleetSort.HEALTH_SCORE, true))),
        "no score first, ties by tenant id");
    assertEquals(
        List.of(4L, 6L, 2L, 5L, 1L, 3L),
        ids(all.page(query(FleetSort.HEALTH_SCORE, false))),
        "descending: the exact reverse");
    FleetQuery secondPage =
        new FleetQuery(
            2,
            2,
            FleetSort.NAME,
            true,
            "",
            Optional.empty(),
            Optional.empty(),
            "",
            Optional.empty());
    assertEquals(List.of(2L, 3L), ids(all.page(secondPage)));
    assertEquals(6, all.count(secondPage));

    FleetQuery failingWithAndroid =
        new FleetQuery(
            0,
            25,
            FleetSort.NAME,
            true,
            "",
            Optional.empty(),
            Optional.of(HealthState.FAILING),
            "",
            Optional.of(Platform.ANDROID));
    assertEquals(List.of(5L), ids(all.page(failingWithAndroid)));
    assertEquals(1, all.count(failingWithAndroid));
    FleetQuery goldByName =
        new FleetQuery(
            0,
            25,
            FleetSort.NAME,
            true,
            " CON",
            Optional.empty(),
            Optional.empty(),
            "gold",
            Optional.empty());
    assertEquals(List.of(3L), ids(all.page(goldByName)));
    assertEquals(
        List.of(), ids(in(TenantScope.ofTags(List.of("amer")), Set.of()).page(goldByName)));
  }

  @Test
  void theChartsSumTheScopesTenantsPerDayAndHourWithZerosWhereNothingWasStored() {
    LocalDateTime today = NOW.toLocalDate().atStartOfDay();
    LocalDateTime thisHour = NOW.withMinute(0).withSecond(0);
    Map<LocalDateTime, TenantBuckets> days =
        Map.of(
            today,
            buckets(today, new long[][] {{1, 4, 10}, {2, 8, 8}, {77, 100, 100}}),
            today.minusDays(13),
            buckets(today.minusDays(13), new long[][] {{1, 1, 10}}));
    Map<LocalDateTime, TenantBuckets> hours =
        Map.of(
            thisHour.minusHours(23),
            buckets(thisHour.minusHours(23), new long[][] {{1, 3, 12}, {2, 1, 5}}));
    ScopedFleet emea =
        new FleetSnapshot(NOW, Duration.ofSeconds(30), NOW, fleet, Set.of(), days, hours)
            .in(TenantScope.ofTags(List.of("emea")));

    List<TrendPoint> coverage = emea.coverage();
    assertEquals(14, coverage.size());
    assertEquals("2026-11-22", coverage.get(0).getLabel());
    assertEquals(10, coverage.get(0).getPercent());
    assertEquals("2026-12-05", coverage.get(13).getLabel());
    assertEquals(4, coverage.get(13).getFirst(), "tenant 2 is AMER, 77 is not in the fleet");
    assertEquals(10, coverage.get(13).getSecond());
    assertEquals(0, coverage.get(5).getSecond());

    List<TrendPoint> throttling = emea.throttling();
    assertEquals(24, throttling.size());
    assertEquals("2026-12-04 11:00", throttling.get(0).getLabel());
    assertEquals(3, throttling.get(0).getFirst());
    assertEquals(12, throttling.get(0).getSecond());
    assertEquals("2026-12-05 10:00", throttling.get(23).getLabel());
    assertEquals(0, throttling.get(23).getSecond());
  }

  private static TenantBuckets buckets(LocalDateTime start, long[][] figures) {
    return new TenantBuckets(
        start,
        java.util.Arrays.stream(figures)
            .map(f -> new TenantBuckets.Figures(f[0], f[1], f[2]))
            .toList());
  }

  private static FleetQuery query(FleetSort sort, boolean ascending) {
    return new FleetQuery(
        0, 25, sort, ascending, "", Optional.empty(), Optional.empty(), "", Optional.empty());
  }

  private static List<Long> ids(List<FleetRow> rows) {
    return rows.stream().map(FleetRow::getTenantId).toList();
  }
}
