package com.mtdconnect.polling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.CredentialRejected;
import com.mtdconnect.graph.entity.GraphRequestRejected;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.PermissionMissing;
import com.mtdconnect.graph.entity.TenantGone;
import com.mtdconnect.polling.control.RoundPlanning.Verdict;
import com.mtdconnect.polling.entity.RoundOutcome;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RoundPlanningTest {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final DoubleSupplier LOW = () -> 0.0;
  private static final DoubleSupplier HIGH = () -> 0.999_999;

  @Test
  void thePeriodIsTheSyncFrequencyOrAnHour() {
    assertEquals(Duration.ofMinutes(5), RoundPlanning.period(Optional.of(Duration.ofMinutes(5))));
    assertEquals(HOUR, RoundPlanning.period(Optional.empty()));
    assertEquals(HOUR, RoundPlanning.period(Optional.of(Duration.ZERO)));
  }

  @Test
  void aRoundComesBackWithinItsPeriodLessAtMostFivePercentOrThirtySecondsOfJitter() {
    Duration period = Duration.ofMinutes(15);
    assertEquals(period, RoundPlanning.afterSuccess(period, Optional.empty(), LOW));
    Duration early = RoundPlanning.afterSuccess(period, Optional.empty(), HIGH);
    assertTrue(early.compareTo(period.minusSeconds(30)) >= 0 && early.compareTo(period) < 0);
    Duration fiveMinutes = Duration.ofMinutes(5);
    Duration small = RoundPlanning.afterSuccess(fiveMinutes, Optional.empty(), HIGH);
    assertTrue(small.compareTo(fiveMinutes.minusSeconds(15)) >= 0, "5 % of 5 min: " + small);
  }

  @Test
  void aKindThatNeedsMoreOftenShortensTheWaitButNeverLengthensIt() {
    assertEquals(
        Duration.ofMinutes(15),
        RoundPlanning.afterSuccess(HOUR, Optional.of(Duration.ofMinutes(15)), LOW));
    assertEquals(
        Duration.ofMinutes(5),
        RoundPlanning.afterSuccess(
            Duration.ofMinutes(5), Optional.of(Duration.ofMinutes(15)), LOW));
  }

  @Test
  void backoffDoublesPerFailureIsCappedAtThePeriodAndKeepsItsUpperHalfRandom() {
    Duration period = Duration.ofMinutes(15);
    assertEquals(Duration.ofSeconds(15), RoundPlanning.backoff(1, period, LOW));
    assertEquals(Duration.ofSeconds(30), RoundPlanning.backoff(2, period, LOW));
    assertEquals(Duration.ofSeconds(60), RoundPlanning.backoff(3, period, LOW));
    assertTrue(RoundPlanning.backoff(1, period, HIGH).compareTo(Duration.ofSeconds(30)) < 0);
    for (int failures = 1; failures < 100; failures++) {
      Duration d = RoundPlanning.backoff(failures, period, HIGH);
      assertTrue(d.compareTo(period) <= 0, failures + " failures: " + d);
      assertTrue(d.compareTo(Duration.ZERO) > 0);
    }
    assertEquals(period.dividedBy(2), RoundPlanning.backoff(50, period, LOW));
  }

  @Test
  void jitterSpreadsTenantsThatFailedTogether() {
    Random random = new Random(7);
    long distinct =
        java.util.stream.IntStream.range(0, 100)
            .mapToObj(i -> RoundPlanning.backoff(4, HOUR, random::nextDouble))
            .distinct()
            .count();
    assertTrue(distinct > 90, "100 tenants, " + distinct + " distinct retry times");
  }

  @Test
  void throttlingWaitsAtLeastRetryAfterPlusAtMostTenPercent() {
    Duration asked = Duration.ofSeconds(40);
    assertEquals(asked, RoundPlanning.afterThrottle(asked, LOW));
    Duration most = RoundPlanning.afterThrottle(asked, HIGH);
    assertTrue(most.compareTo(asked.plusSeconds(4)) <= 0 && most.compareTo(asked) > 0);
    Duration tiny = RoundPlanning.afterThrottle(Duration.ofMillis(200), HIGH);
    assertTrue(tiny.compareTo(Duration.ofMillis(1200)) <= 0, "at least 1 s of jitter room");
    assertEquals(
        Duration.ofMinutes(10).plusSeconds(30),
        RoundPlanning.afterThrottle(Duration.ofMinutes(10), () -> 1.0));
  }

  @Test
  void throttlingIsThrottledWithItsRetryAfterStored() {
    Verdict v =
        RoundPlanning.classify(
            new GraphThrottled("t", Duration.ofSeconds(12), "429"), HOUR, 0, LOW);
    assertEquals(RoundOutcome.THROTTLED, v.outcome());
    assertEquals(Duration.ofSeconds(12), v.retryAfter());
    assertEquals(Duration.ofSeconds(12), v.delay());
    assertTrue(v.reason().contains("throttled"));
  }

  @Test
  void whatOnlyAPersonCanFixParksTheTenantFarAhead() {
    for (RuntimeException e :
        new RuntimeException[] {
          new ConsentMissing("t", "no service principal", null),
          new PermissionMissing("t", "Device.Read.All missing", null),
          new TenantGone("t", "tenant deleted", null),
          new CredentialRejected("t", "secret expired", null),
          new ParkTenant("consent revoked")
        }) {
      Verdict v = RoundPlanning.classify(e, HOUR, 3, HIGH);
      assertEquals(RoundOutcome.PARKED, v.outcome(), e.getClass().getSimpleName());
      assertEquals(RoundPlanning.PARKED_FOR, v.delay());
      assertEquals(e.getMessage(), v.reason());
    }
  }

  @Test
  void transientAndUnexpectedFailuresBackOffFromTheFailuresInARow() {
    Verdict unavailable =
        RoundPlanning.classify(new GraphUnavailable("t", "503 from Graph", null), HOUR, 2, LOW);
    assertEquals(RoundOutcome.FAILED, unavailable.outcome());
    assertEquals(Duration.ofSeconds(60), unavailable.delay(), "third failure in a row");
    assertEquals("503 from Graph", unavailable.reason());

    Verdict database =
        RoundPlanning.classify(
            new PersistenceException("Connection refused"), Duration.ofMinutes(5), 20, LOW);
    assertEquals(RoundOutcome.FAILED, database.outcome());
    assertEquals(Duration.ofSeconds(150), database.delay(), "capped at the period");
    assertTrue(database.reason().contains("PersistenceException"), database.reason());

    Verdict wrapped =
        RoundPlanning.classify(
            new IllegalStateException("wrapper", new ConsentMissing("t", "revoked", null)),
            HOUR,
            0,
            LOW);
    assertEquals(RoundOutcome.PARKED, wrapped.outcome(), "the cause decides");

    Verdict rejected =
        RoundPlanning.classify(new GraphRequestRejected("t", "400", null), HOUR, 0, LOW);
    assertEquals(RoundOutcome.FAILED, rejected.outcome());
  }

  @Test
  void aFencedOutRoundKeepsTheRegularScheduleAndSaysWhy() {
    Verdict v = RoundPlanning.classify(new FencedOut(7, 3), HOUR, 0, LOW);
    assertEquals(RoundOutcome.FENCED_OUT, v.outcome());
    assertEquals(HOUR, v.delay());
    assertTrue(v.reason().contains("generation 3"));
  }

  @Test
  void firstRoundsAreSpreadOverTheGivenWindow() {
    assertEquals(Duration.ZERO, RoundPlanning.firstRound(Duration.ofMinutes(10), LOW));
    assertTrue(
        RoundPlanning.firstRound(Duration.ofMinutes(10), HIGH).compareTo(Duration.ofMinutes(10))
            < 0);
  }
}
