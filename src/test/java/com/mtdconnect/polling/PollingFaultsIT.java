package com.mtdconnect.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.polling.boundary.JobHistory;
import com.mtdconnect.polling.control.PollingEngine;
import com.mtdconnect.polling.control.PollingSettings;
import com.mtdconnect.polling.control.RoundPlanning;
import com.mtdconnect.polling.control.TenantRound;
import com.mtdconnect.polling.probe.Beans;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.FreshTenants;
import com.mtdconnect.testsupport.MovableClock;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults injected through the simulator into real rounds (the engine's {@link TenantRound}, the
 * real gateway over HTTP, MariaDB), each asserted on the recorded round ({@code poll_round}:
 * outcome, error in plain words, requests, 429s), on the tenant's polling state ({@code
 * tenant_poll_state}: Retry-After, next attempt, failures in a row, parking) and on a healthy
 * neighbour polled in between, which never notices. The tenants' schedules are taken away so that
 * the test runs each round itself, at once: the portal's clock is stopped and moved (the consent
 * check runs when the moved clock says its interval passed), nothing sleeps through a Retry-After
 * or a backoff.
 */
@PortalIT
class PollingFaultsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(PollingFaultsIT.class, Beans.class);
  }

  private MicrosoftCloudSimulator simulator;
  private MovableClock clock;
  private TenantRound rounds;

  @BeforeEach
  void setUp() {
    simulator = Beans.get(SimulatorHolder.class).simulator();
    clock = Beans.get(MovableClock.class);
    rounds = Beans.get(TenantRound.class);
    Beans.get(RoleAssignments.class)
        .assignIfAbsent(
            Actor.system("it-setup"),
            "IT: fault-admin",
            BuiltInRole.MSP_ADMINISTRATOR,
            "fault-admin",
            List.of());
    Beans.get(HttpServletRequest.class)
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups("fault-admin", "IT fault-admin", Instant.now()));
    // the portal's time stands still: the consent check (due every 4 s in tests) runs only when a
    // test moves the clock past its interval
    clock.stop();
  }

  @AfterEach
  void resumeClock() {
    clock.resume();
  }

  /** A consented tenant polled by this test only, its simulated twin and its first good round. */
  private record Polled(long id, SimulatedTenant sim) {}

  @Test
  void a429StormIsWaitedOutAsMicrosoftAskedWithoutARetryStorm() throws Exception {
    Polled storm = polled();
    Polled neighbour = polled();
    storm.sim().faults().throttleRate(1.0, 40);
    try {
      long sent = simulator.requests(storm.sim()).graph();
      LocalDateTime now = now();
      TenantRound.Next next = rounds.run(storm.id());

      Map<String, Object> round = lastRound(storm);
      assertEquals("THROTTLED", round.get("outcome"));
      assertTrue(
          text(round, "error").contains("Microsoft Graph throttled our calls")
              && text(round, "error").contains("retry after 40000 ms"),
          "in plain words: " + round);
      assertTrue(number(round, "throttled") >= 1, "the 429s are counted: " + round);
      assertEquals(
          1,
          simulator.requests(storm.sim()).graph() - sent,
          "one batch; a Retry-After longer than a round may wait is not waited for in the round");
      Duration delay = next.delay().orElseThrow();
      assertTrue(
          delay.compareTo(Duration.ofSeconds(40)) >= 0
              && delay.compareTo(Duration.ofSeconds(44)) <= 0,
          "next round after Retry-After plus at most 10 % jitter: " + delay);
      Map<String, Object> state = state(storm);
      assertEquals(40_000L, number(state, "retry_after_ms"), "Retry-After stored");
      LocalDateTime nextAttempt = (LocalDateTime) state.get("next_allowed_at");
      assertTrue(
          Duration.between(now.plus(delay), nextAttempt).abs().toMillis() < 5,
          "next attempt stored: " + nextAttempt + " vs " + now.plus(delay));
      assertEquals("THROTTLED", state.get("last_outcome"));
      assertNull(state.get("parked_reason"), "throttling never parks");

      // "Sync now" meanwhile does not ask Microsoft again before the Retry-After passed
      Instant asked = Instant.now();
      assertTrue(Beans.get(PollingEngine.class).syncNow(storm.id()));
      Instant runsAt =
          Beans.get(PollingEngine.class).scheduled(storm.id()).orElseThrow().getExecutionTime();
      assertTrue(
          runsAt.isAfter(asked.plusSeconds(35)),
          "sync now waits for Microsoft's Retry-After: " + runsAt + " asked at " + asked);
      unschedule(storm);

      assertNeighbourUntouched(neighbour);
    } finally {
      storm.sim().faults().clear();
    }
  }

  @Test
  void appWideThrottlingPausesEveryTenantAndNearLimitHeadersSlowThePace() throws Exception {
    Polled throttled = polled();
    Polled other = polled();
    GraphGateway gateway = Beans.get(GraphGateway.class);
    // the tenant's next request arrives when our app is over its limit across all tenants
    throttled.sim().faults().appWideThrottleNext(1, 3).reportLimitShare(0.95);
    // a container thread, as the engine's: the round needs the server's transactions
    ExecutorService background =
        (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    Future<TenantRound.Next> round = null;
    try {
      long signalsBefore = gateway.nearLimitSignals();
      round = background.submit(() -> rounds.run(throttled.id()));
      await(() -> throttled.sim().faults().appWideThrottlesLeft() == 0);
      long throttledAt = System.nanoTime();
      // meanwhile another tenant's round waits for the app's Retry-After instead of running into
      // the app's limit
      rounds.run(other.id());
      long otherWaitedMillis = (System.nanoTime() - throttledAt) / 1_000_000;
      round.get(60, TimeUnit.SECONDS);

      Map<String, Object> throttledRound = lastRound(throttled);
      assertEquals(
          "SUCCEEDED",
          throttledRound.get("outcome"),
          "the step is sent again after the app's Retry-After, within the round: "
              + throttledRound);
      assertEquals(1, number(throttledRound, "throttled"), "its 429 is recorded");
      assertTrue(number(throttledRound, "duration_ms") >= 2900, String.valueOf(throttledRound));
      Map<String, Object> otherRound = lastRound(other);
      assertEquals("SUCCEEDED", otherRound.get("outcome"));
      assertEquals(0, number(otherRound, "throttled"), "paced, not throttled");
      assertTrue(
          otherWaitedMillis >= 2500,
          "the other tenant's round waited for the app's pause: " + otherWaitedMillis + " ms");
      assertTrue(
          gateway.nearLimitSignals() > signalsBefore,
          "x-ms-throttle-limit-percentage inside the batch was heard");
      System.out.println(
          "[measure] app-wide 429 in one tenant's round: another tenant's round waited "
              + otherWaitedMillis
              + " ms of the 3 s Retry-After, 0 further 429; "
              + (gateway.nearLimitSignals() - signalsBefore)
              + " near-limit signals slowed the pace");
    } finally {
      if (round != null) {
        round.cancel(true);
      }
      throttled.sim().faults().clear();
    }
  }

  @Test
  void serverErrorsBackOffExponentiallyWithJitterAndKeepTheStoredDeltaLink() throws Exception {
    Polled failing = polled();
    Polled neighbour = polled();
    String deltaLink = deltaLink(failing);
    assertNotNull(deltaLink, "the first round stored its delta link");
    failing.sim().faults().serverErrorRate(1.0);
    try {
      long sent = simulator.requests(failing.sim()).graph();
      TenantRound.Next first = rounds.run(failing.id());
      Map<String, Object> round = lastRound(failing);
      assertEquals("FAILED", round.get("outcome"));
      assertTrue(
          text(round, "error").contains("Microsoft Graph was unavailable (503)"),
          "in plain words: " + round);
      assertEquals(
          2, simulator.requests(failing.sim()).graph() - sent, "the batch and one retry, no storm");
      assertBetween(first.delay().orElseThrow(), Duration.ofSeconds(15), Duration.ofSeconds(30));
      assertEquals(1L, number(state(failing), "consecutive_failures"));
      assertNotNull(state(failing).get("next_allowed_at"));

      TenantRound.Next second = rounds.run(failing.id());
      assertBetween(second.delay().orElseThrow(), Duration.ofSeconds(30), Duration.ofSeconds(60));
      assertEquals(2L, number(state(failing), "consecutive_failures"), "the failure count shows");
      assertEquals(deltaLink, deltaLink(failing), "nothing partial committed");

      assertNeighbourUntouched(neighbour);

      failing.sim().faults().clear();
      rounds.run(failing.id());
      assertEquals("SUCCEEDED", lastRound(failing).get("outcome"));
      Map<String, Object> recovered = state(failing);
      assertEquals(0L, number(recovered, "consecutive_failures"));
      assertNull(recovered.get("next_allowed_at"));
    } finally {
      failing.sim().faults().clear();
    }
  }

  @Test
  void timeoutsFailTheRoundWellInsideTheLeaseAndAreRetriedWithBackoff() throws Exception {
    Polled slow = polled();
    Polled neighbour = polled();
    // every request hangs, then Microsoft's gateway gives up (504)
    slow.sim().faults().timeouts(1.0, Duration.ofMillis(300));
    try {
      TenantRound.Next next = rounds.run(slow.id());
      Map<String, Object> round = lastRound(slow);
      assertEquals("FAILED", round.get("outcome"));
      assertTrue(text(round, "error").contains("in time"), "in plain words: " + round);
      PollingSettings settings = Beans.get(PollingSettings.class);
      assertTrue(
          number(round, "duration_ms")
              < settings.heartbeat().multipliedBy(settings.missedHeartbeats()).toMillis(),
          "the round ends long before its lease: " + round);
      assertBetween(next.delay().orElseThrow(), Duration.ofSeconds(15), Duration.ofSeconds(30));
      assertEquals(1L, number(state(slow), "consecutive_failures"));
      assertNeighbourUntouched(neighbour);
    } finally {
      slow.sim().faults().clear();
    }
  }

  @Test
  void revokedConsentParksTheTenantWithItsReasonUntilConsentIsVerifiedAgain() throws Exception {
    Polled revoked = polled();
    Polled neighbour = polled();
    revoked.sim().revokeConsent();
    clock.advance(Duration.ofMinutes(1)); // the consent check is due
    long sent = simulator.requests(revoked.sim()).graph();
    TenantRound.Next next = rounds.run(revoked.id());

    Map<String, Object> round = lastRound(revoked);
    assertEquals("PARKED", round.get("outcome"));
    assertFalse(text(round, "error").isBlank(), "the reason is recorded: " + round);
    assertEquals(RoundPlanning.PARKED_FOR, next.delay().orElseThrow(), "no retries: parked");
    assertTrue(
        simulator.requests(revoked.sim()).graph() - sent <= 5,
        "the consent check only: " + (simulator.requests(revoked.sim()).graph() - sent));
    Map<String, Object> state = state(revoked);
    assertEquals(text(round, "error"), state.get("parked_reason"));
    assertNotNull(state.get("parked_at"));
    assertEquals(0L, number(state, "consecutive_failures"), "parking is no transient failure");
    assertTrue(Beans.get(JobHistory.class).status(revoked.id()).isParked(), "the page says so");

    assertNeighbourUntouched(neighbour);

    // the customer consents again and it is verified: the tenant is polled again at once
    clock.resume();
    revoked.sim().grantConsent(Set.of(GraphAppRole.portalSet()));
    Beans.get(ConsentVerification.class).verifyNow(revoked.id());
    await(() -> state(revoked).get("parked_reason") == null);
    Instant runsAt =
        awaitValue(
            () ->
                Beans.get(PollingEngine.class)
                    .scheduled(revoked.id())
                    .map(s -> s.getExecutionTime())
                    .orElse(null));
    assertTrue(runsAt.isBefore(Instant.now().plusSeconds(15)), "polled again soon: " + runsAt);
    unschedule(revoked);
  }

  @Test
  void aTenantThatIsGoneIsParkedAndSaysSo() throws Exception {
    Polled gone = polled();
    Polled neighbour = polled();
    gone.sim().delete();
    TenantRound.Next next = rounds.run(gone.id());
    Map<String, Object> round = lastRound(gone);
    assertEquals("PARKED", round.get("outcome"));
    assertTrue(
        text(round, "error").contains("removed") || text(round, "error").contains("deleted"),
        "in plain words: " + round);
    assertEquals(RoundPlanning.PARKED_FOR, next.delay().orElseThrow());
    assertEquals(text(round, "error"), state(gone).get("parked_reason"));
    assertNeighbourUntouched(neighbour);
  }

  @Test
  void anExpiredDeltaLinkIsAFullResyncRecordedWithItsReasonAndANewLinkStoredWithItsData()
      throws Exception {
    Polled expired = polled();
    Polled neighbour = polled();
    String before = deltaLink(expired);
    long members = members(expired);
    long fullSyncs = number(sync(expired), "full_syncs");
    expired.sim().expireDeltaTokens();
    rounds.run(expired.id());

    Map<String, Object> round = lastRound(expired);
    assertEquals("SUCCEEDED", round.get("outcome"), String.valueOf(round));
    assertTrue(
        text(round, "kinds").contains("Full resync (delta link expired"),
        "the round says so: " + round);
    Map<String, Object> sync = sync(expired);
    assertEquals(fullSyncs + 1, number(sync, "full_syncs"), "recorded");
    assertTrue(text(sync, "last_full_sync_reason").contains("delta link expired"));
    assertNotEquals(before, sync.get("delta_link"), "the resync's own link is stored");
    assertEquals(members, members(expired), "the same memberships after the full resync");

    // the next round uses the new link: an idle round again
    long sent = simulator.requests(expired.sim()).graph();
    rounds.run(expired.id());
    assertEquals("SUCCEEDED", lastRound(expired).get("outcome"));
    assertFalse(text(lastRound(expired), "kinds").contains("Full resync"));
    assertEquals(1, simulator.requests(expired.sim()).graph() - sent, "one request");
    assertNeighbourUntouched(neighbour);
  }

  // ---- fixtures

  /**
   * A registered tenant whose consent was verified, without a schedule (the test runs its rounds),
   * after one good round.
   */
  private Polled polled() throws Exception {
    SimulatedTenant sim = simulator.findTenant(FreshTenants.next().id()).orElseThrow();
    sim.grantConsent(Set.of(GraphAppRole.portalSet()));
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName("IT faults " + sim.displayName());
    draft.setDirectoryId(sim.id());
    draft.setContactName("Casey Customer");
    draft.setContactEmail("casey@example.com");
    draft.setScopeTags("EMEA");
    long id = Beans.get(TenantRegistry.class).register(draft).getId();
    Beans.get(ConsentVerification.class).verifyNow(id);
    Polled polled = new Polled(id, sim);
    awaitValue(() -> Beans.get(PollingEngine.class).scheduled(id).orElse(null));
    unschedule(polled);
    rounds.run(id);
    assertEquals(
        "SUCCEEDED", lastRound(polled).get("outcome"), "first round: " + lastRound(polled));
    return polled;
  }

  /** Takes the tenant's schedule away (waiting for a round the engine runs to end). */
  private static void unschedule(Polled t) throws Exception {
    await(
        () ->
            update(
                    "DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?"
                        + " AND picked = 0",
                    PollingEngine.TENANT_ROUND,
                    String.valueOf(t.id()))
                == 1);
  }

  /** A neighbour's round right after the fault: it succeeds and its state knows no failure. */
  private void assertNeighbourUntouched(Polled neighbour) throws Exception {
    rounds.run(neighbour.id());
    Map<String, Object> round = lastRound(neighbour);
    assertEquals("SUCCEEDED", round.get("outcome"), "the neighbour's round: " + round);
    assertEquals(0, number(round, "throttled"));
    Map<String, Object> state = state(neighbour);
    assertEquals(0L, number(state, "consecutive_failures"));
    assertNull(state.get("parked_reason"));
    assertNull(state.get("retry_after_ms"));
    assertEquals(
        0L,
        number(
            row(
                "SELECT COUNT(*) AS n FROM poll_round WHERE tenant_id = ? AND outcome <> 'SUCCEEDED'",
                neighbour.id()),
            "n"),
        "every round of the neighbour succeeded");
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.stop(), ZoneOffset.UTC);
  }

  private static Map<String, Object> lastRound(Polled t) {
    return row(
        "SELECT outcome, error, requests, throttled, duration_ms, kinds FROM poll_round"
            + " WHERE tenant_id = ? ORDER BY id DESC LIMIT 1",
        t.id());
  }

  private static Map<String, Object> state(Polled t) {
    return row(
        "SELECT last_outcome, retry_after_ms, next_allowed_at, consecutive_failures,"
            + " parked_reason, parked_at FROM tenant_poll_state WHERE tenant_id = ?",
        t.id());
  }

  private static Map<String, Object> sync(Polled t) {
    return row(
        "SELECT delta_link, full_syncs, last_full_sync_reason FROM inventory_sync"
            + " WHERE tenant_id = ?",
        t.id());
  }

  private static String deltaLink(Polled t) {
    return (String) sync(t).get("delta_link");
  }

  private static long members(Polled t) {
    return number(
        row("SELECT COUNT(*) AS n FROM inventory_member WHERE tenant_id = ?", t.id()), "n");
  }

  private static void assertBetween(Duration value, Duration low, Duration high) {
    assertTrue(
        value.compareTo(low) >= 0 && value.compareTo(high) <= 0,
        value + " not within " + low + " and " + high);
  }

  private static String text(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? "" : v.toString();
  }

  private static long number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).longValue();
  }

  private static Map<String, Object> row(String sql, Object... parameters) {
    try (Connection db = db();
        PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = q.executeQuery()) {
        Map<String, Object> row = new HashMap<>();
        if (r.next()) {
          ResultSetMetaData meta = r.getMetaData();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = r.getObject(c);
            row.put(
                meta.getColumnLabel(c).toLowerCase(),
                value instanceof Timestamp ts ? ts.toLocalDateTime() : value);
          }
        }
        return row;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int update(String sql, Object... parameters) {
    try (Connection db = db();
        PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      return q.executeUpdate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection db() throws Exception {
    return ((DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME)).getConnection();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      Thread.sleep(100);
    }
  }

  private static <T> T awaitValue(java.util.function.Supplier<T> value)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    T v;
    while ((v = value.get()) == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no value within 30 s");
      }
      Thread.sleep(100);
    }
    return v;
  }
}
