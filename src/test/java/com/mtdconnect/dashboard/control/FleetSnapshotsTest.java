package com.mtdconnect.dashboard.control;

import static com.mtdconnect.dashboard.entity.FleetRows.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.dashboard.entity.FleetRow;
import com.mtdconnect.dashboard.entity.FleetSnapshot;
import com.mtdconnect.dashboard.entity.TenantBuckets;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.testsupport.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FleetSnapshotsTest {
  private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:30:00Z"));
  private final Reads reads = new Reads();
  private final FleetSnapshots snapshots = new FleetSnapshots();

  FleetSnapshotsTest() {
    FleetCounting counting = new FleetCounting();
    counting.reads = reads;
    snapshots.counting = counting;
    snapshots.executor = Runnable::run; // the managed executor in the server
    snapshots.clock = clock;
    snapshots.refresh = "PT30S";
  }

  @Test
  void theFleetIsCountedOnceAndSharedUntilItIsOlderThanTheRefreshPeriod() {
    FleetSnapshot first = snapshots.current();
    assertEquals(1, reads.rowReads);
    assertEquals(14, reads.days.size(), "every day of the coverage chart");
    assertEquals(24, reads.hours.size(), "every hour of the throttling chart");
    assertEquals(1, first.in(TenantScope.ALL).counters().getTenants());

    clock.advance(Duration.ofSeconds(29));
    assertSame(first, snapshots.current());
    assertEquals(1, reads.rowReads);

    reads.fleet.add(tenant(2, "Fabrikam").row());
    clock.advance(Duration.ofSeconds(1));
    FleetSnapshot second = snapshots.current();
    assertEquals(2, reads.rowReads);
    assertEquals(2, second.in(TenantScope.ALL).counters().getTenants());
    assertEquals(LocalDateTime.of(2026, 12, 5, 10, 30, 30), second.takenAt());
  }

  @Test
  void daysAndHoursThatEndedLongBeforeTheLastCountAreNotReadAgain() {
    snapshots.current();
    reads.days.clear();
    reads.hours.clear();
    clock.advance(Duration.ofMinutes(1));
    snapshots.current();
    assertEquals(List.of(LocalDate.of(2026, 12, 5)), reads.days, "yesterday ended 10 hours ago");
    assertEquals(
        List.of(LocalDateTime.of(2026, 12, 5, 10, 0), LocalDateTime.of(2026, 12, 5, 9, 0)),
        reads.hours,
        "the current hour and the one that ended less than an hour before the last count");
  }

  @Test
  void aRegistryChangeIsCountedAtOnceButAskedForAtMostOnceASecond() {
    FleetSnapshot first = snapshots.current();
    int stampReads = reads.stampReads;
    assertSame(first, snapshots.current(), "nothing changed");
    assertEquals(stampReads + 1, reads.stampReads);

    reads.stamp = reads.stamp.plusSeconds(1); // a tenant registered, archived, re-tagged
    clock.advance(Duration.ofMillis(500));
    assertSame(first, snapshots.current(), "asked less than a second ago");
    assertEquals(stampReads + 1, reads.stampReads);

    clock.advance(Duration.ofMillis(600));
    FleetSnapshot second = snapshots.current();
    assertNotSame(first, second, "the change is counted");
    assertEquals(2, reads.rowReads);
  }

  @Test
  void oneCountRunsAtATimeInTheBackgroundWhilePagesKeepTheSnapshotTheyHave() {
    FleetSnapshot first = snapshots.current(); // the first count is waited for
    List<Runnable> queued = new ArrayList<>();
    snapshots.executor = queued::add;
    clock.advance(Duration.ofSeconds(31));
    assertSame(first, snapshots.current(), "answered from the old snapshot");
    assertSame(first, snapshots.current());
    assertEquals(1, queued.size(), "one count started, not one per page");
    queued.get(0).run();
    FleetSnapshot second = snapshots.current();
    assertNotSame(first, second);
    assertEquals(LocalDateTime.of(2026, 12, 5, 10, 30, 31), second.takenAt());
  }

  @Test
  void theScopesTheLastSnapshotServedAreDerivedBeforeTheNewOneIsShown() {
    FleetSnapshot first = snapshots.current();
    TenantScope emea = TenantScope.ofTags(List.of("emea"));
    first.in(emea); // a tag-scoped reader opened the fleet
    clock.advance(Duration.ofSeconds(30));
    FleetSnapshot second = snapshots.current();
    assertNotSame(first, second);
    assertEquals(
        Set.of(TenantScope.ALL, emea), second.derivedScopes(), "ready before any page asks");
    assertEquals(Set.of(), second.scopes(), "no page asked the new one yet");

    clock.advance(Duration.ofSeconds(30)); // nobody asked the second one for emea
    FleetSnapshot third = snapshots.current();
    assertNotSame(second, third);
    assertEquals(Set.of(TenantScope.ALL), third.derivedScopes(), "a scope nobody asks for goes");
  }

  @Test
  void aCountThatFailsLeavesTheLastSnapshotAndIsTriedAgainOnTheNextView() {
    FleetSnapshot first = snapshots.current();
    reads.failing = true;
    clock.advance(Duration.ofSeconds(30));
    assertSame(first, snapshots.current(), "the database failed: the last count stays");
    reads.failing = false;
    assertNotSame(first, snapshots.current());
  }

  @Test
  void aRefreshPeriodThatIsNoDurationOrOutOfRangeIsRefusedWithItsName() {
    snapshots.refresh = "30s";
    assertTrue(
        assertThrows(IllegalStateException.class, snapshots::maxAge)
            .getMessage()
            .contains("portal.dashboard.refresh"));
    snapshots.refresh = "PT2H";
    assertThrows(IllegalStateException.class, snapshots::maxAge);
    snapshots.refresh = " PT5M ";
    assertEquals(Duration.ofMinutes(5), snapshots.maxAge());
  }

  /** Stored results in memory, counting what is read. */
  private static final class Reads extends FleetReads {
    final List<FleetRow> fleet = new ArrayList<>(List.of(tenant(1, "Contoso").row()));
    final List<LocalDate> days = new ArrayList<>();
    final List<LocalDateTime> hours = new ArrayList<>();
    LocalDateTime stamp = LocalDateTime.of(2026, 12, 1, 0, 0);
    int rowReads;
    int stampReads;
    boolean failing;

    @Override
    public List<FleetRow> rows() {
      if (failing) {
        throw new IllegalStateException("the database is down");
      }
      rowReads++;
      return List.copyOf(fleet);
    }

    @Override
    public Set<Long> driftedTenants() {
      return Set.of();
    }

    @Override
    public LocalDateTime registryStamp() {
      stampReads++;
      return stamp;
    }

    @Override
    public TenantBuckets coverageOn(LocalDate day) {
      days.add(day);
      return new TenantBuckets(day.atStartOfDay(), List.of());
    }

    @Override
    public TenantBuckets requestsIn(LocalDateTime hour) {
      hours.add(hour);
      return new TenantBuckets(hour, List.of());
    }
  }
}
