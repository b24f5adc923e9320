package com.mtdconnect.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.onboarding.boundary.TenantOnboardings;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.polling.boundary.JobHistory;
import com.mtdconnect.polling.control.PollingEngine;
import com.mtdconnect.polling.control.PollingSettings;
import com.mtdconnect.polling.control.RoundPlanning;
import com.mtdconnect.polling.entity.RoundOutcome;
import com.mtdconnect.polling.entity.RoundQuery;
import com.mtdconnect.polling.entity.RoundRow;
import com.mtdconnect.polling.entity.TenantSyncStatus;
import com.mtdconnect.polling.probe.Beans;
import com.mtdconnect.polling.probe.ProbeKind;
import com.mtdconnect.polling.probe.ProbeWrites;
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
import com.mtdconnect.testsupport.PortalIT;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The polling engine inside the server, against MariaDB and the simulator: a verified consent
 * schedules the tenant, its round runs on db-scheduler and is recorded; sync now; the period from
 * the sync frequency; a stale generation's write rejected by the fence; revoked consent parks the
 * tenant (no further rounds) and a new consent un-parks it; a partial consent skips exactly the
 * kinds lacking a permission and runs the others; a throttled round comes back after Microsoft's
 * Retry-After.
 */
@PortalIT
class PollingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(
        PollingIT.class, ProbeKind.class, ProbeWrites.class, Beans.class);
  }

  private TenantRegistry registry;
  private ConsentVerification verification;
  private JobHistory history;
  private MicrosoftCloudSimulator simulator;
  private HttpServletRequest request;

  @BeforeEach
  void lookUpBeans() {
    registry = Beans.get(TenantRegistry.class);
    verification = Beans.get(ConsentVerification.class);
    history = Beans.get(JobHistory.class);
    simulator = Beans.get(SimulatorHolder.class).simulator();
    request = Beans.get(HttpServletRequest.class);
    Beans.get(RoleAssignments.class)
        .assignIfAbsent(
            Actor.system("it-setup"),
            "IT: poll-admin",
            BuiltInRole.MSP_ADMINISTRATOR,
            "poll-admin",
            List.of());
    signInAs("poll-admin");
  }

  @Test
  void aVerifiedConsentSchedulesTheTenantWhoseRoundRunsIsRecordedAndCanBeRunNow() throws Exception {
    long tenant = consentedTenant();
    Instant scheduled = awaitValue(Duration.ofSeconds(20), () -> executionTime(tenant));
    assertTrue(
        scheduled.isBefore(Instant.now().plusSeconds(15)),
        "the first round runs within seconds of the consent: " + scheduled);

    Map<String, Object> round = awaitRound(tenant, "SUCCEEDED", 0);
    PollingSettings settings = Beans.get(PollingSettings.class);
    assertEquals(settings.nodeName(), round.get("node"));
    assertTrue(
        ((Number) round.get("requests")).intValue() >= 1, "the consent check asks Microsoft");
    assertTrue(((String) round.get("kinds")).contains("consent"), String.valueOf(round));
    assertEquals(
        "SUCCEEDED",
        single("SELECT last_outcome FROM tenant_poll_state WHERE tenant_id = ?", tenant));

    List<RoundRow> rows = history.rounds(filterFor(tenant), 0, 10);
    assertFalse(rows.isEmpty());
    assertEquals(RoundOutcome.SUCCEEDED, rows.get(rows.size() - 1).outcome());
    TenantSyncStatus status = history.status(tenant);
    assertTrue(status.isScheduled());
    assertNull(status.getParkedReason());
    assertNotNull(status.getLastRoundAt());

    // sync now: the schedule moves to now and the request is audited
    boolean requested = false;
    for (int attempt = 0; attempt < 20 && !requested; attempt++) {
      await(Duration.ofSeconds(20), () -> !picked(tenant));
      requested = history.syncNow(tenant); // false only when a round got picked meanwhile
    }
    assertTrue(requested);
    Instant at = executionTime(tenant);
    assertTrue(
        picked(tenant) || at.isBefore(Instant.now().plusSeconds(1)),
        "sync now reschedules to now: " + at);
    assertTrue(
        ((Number)
                    single(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'POLL_ROUND_REQUESTED'"
                            + " AND tenant_id = ?",
                        tenant))
                .longValue()
            >= 1);
  }

  @Test
  void archivingATenantRemovesItsScheduleAndRestoringItBringsItBack() throws Exception {
    long tenant = consentedTenant();
    awaitValue(Duration.ofSeconds(20), () -> executionTime(tenant));
    await(Duration.ofSeconds(20), () -> !picked(tenant));
    registry.archive(tenant, registry.find(tenant).getVersion());
    await(Duration.ofSeconds(20), () -> executionTime(tenant) == null);
    long rounds = rounds(tenant);
    Thread.sleep(6_000); // longer than the drift interval (4 s in tests)
    assertEquals(rounds, rounds(tenant), "an archived tenant is not polled");
    registry.restore(tenant, registry.find(tenant).getVersion());
    awaitValue(Duration.ofSeconds(20), () -> executionTime(tenant));
    long restored = lastRoundId(tenant);
    awaitRound(tenant, "SUCCEEDED", restored);
  }

  @Test
  void theRoundsPeriodIsTheTenantsSyncFrequency() throws Exception {
    long tenant = consentedTenant();
    TenantOnboardings onboardings = Beans.get(TenantOnboardings.class);
    onboardings.savePlatforms(tenant, Set.of(DevicePlatform.IOS), DeviceThreatLevel.LOW);
    onboardings.saveFrequency(tenant, SyncFrequency.MINUTES_5);
    // the first round may have read the tenant before the frequency was saved: observe a round
    // asked for after it ended
    awaitRoundAfter(tenant, 0);
    await(Duration.ofSeconds(20), () -> !picked(tenant));
    ProbeKind probe = Beans.get(ProbeKind.class);
    probe.watch(tenant, ProbeKind.Mode.OBSERVE);
    history.syncNow(tenant);
    await(Duration.ofSeconds(30), () -> probe.seen(tenant) != null);
    assertEquals(Duration.ofMinutes(5), probe.seen(tenant).period());
    probe.forget(tenant);
    // a tenant that never chose gets the default
    long other = consentedTenant();
    probe.watch(other, ProbeKind.Mode.OBSERVE);
    await(Duration.ofSeconds(30), () -> probe.seen(other) != null);
    assertEquals(RoundPlanning.DEFAULT_PERIOD, probe.seen(other).period());
    probe.forget(other);
  }

  @Test
  void aRoundWhoseGenerationMovedOnHasItsWritesRejectedByTheFence() throws Exception {
    long tenant = consentedTenant();
    awaitRound(tenant, "SUCCEEDED", 0);
    ProbeKind probe = Beans.get(ProbeKind.class);
    await(Duration.ofSeconds(20), () -> !picked(tenant));
    long before = lastRoundId(tenant);
    probe.watch(tenant, ProbeKind.Mode.OVERTAKEN);
    history.syncNow(tenant);
    Map<String, Object> fenced = awaitRound(tenant, "FENCED_OUT", before);
    assertTrue(probe.rejected(tenant), "the stale write was rejected");
    probe.forget(tenant);
    assertTrue(
        ((String) fenced.get("error")).contains("no longer owns the tenant"),
        String.valueOf(fenced));
    assertEquals(
        0L,
        ((Number)
                single(
                    "SELECT COUNT(*) FROM inventory_summary WHERE tenant_id = ? AND platform = 'IOS'"
                        + " AND targeted_users = "
                        + ProbeWrites.MARKER,
                    tenant))
            .longValue(),
        "nothing the stale round wrote was kept");
    assertFalse(
        "FENCED_OUT"
            .equals(
                single("SELECT last_outcome FROM tenant_poll_state WHERE tenant_id = ?", tenant)),
        "the tenant's state is left to the newer round");
  }

  @Test
  void revokedConsentParksTheTenantWithItsReasonUntilConsentIsVerifiedAgain() throws Exception {
    long tenant = consentedTenant();
    SimulatedTenant sim = simulated(tenant);
    awaitRound(tenant, "SUCCEEDED", 0);
    sim.revokeConsent();
    Map<String, Object> parked = awaitRound(tenant, "PARKED", 0);
    assertFalse(((String) parked.get("error")).isBlank(), "the reason is shown");
    assertNotNull(
        single("SELECT parked_reason FROM tenant_poll_state WHERE tenant_id = ?", tenant));
    await(Duration.ofSeconds(10), () -> !picked(tenant));
    Instant next = executionTime(tenant);
    assertTrue(
        next.isAfter(Instant.now().plus(RoundPlanning.PARKED_FOR).minusSeconds(3600)),
        "parked far ahead: " + next);
    assertTrue(history.status(tenant).isParked());
    long rounds = rounds(tenant);
    Thread.sleep(10_000); // several drift intervals (4 s in tests): no retry storm
    assertEquals(rounds, rounds(tenant), "a parked tenant is not polled");

    // sync now still runs a parked tenant's round at once (and it parks again: still revoked)
    long beforeSync = lastRoundId(tenant);
    assertTrue(history.syncNow(tenant));
    awaitRound(tenant, "PARKED", beforeSync);

    await(Duration.ofSeconds(10), () -> !picked(tenant));
    long lastParked = lastRoundId(tenant);
    sim.grantConsent(Set.of(GraphAppRole.portalSet()));
    verification.verifyNow(tenant);
    awaitRound(tenant, "SUCCEEDED", lastParked);
    assertNull(single("SELECT parked_reason FROM tenant_poll_state WHERE tenant_id = ?", tenant));
    assertFalse(history.status(tenant).isParked());
  }

  @Test
  void aPartialConsentSkipsExactlyTheKindsLackingAPermissionAndRunsTheOthersInOneBatch()
      throws Exception {
    Set<GraphAppRole> granted = EnumSet.noneOf(GraphAppRole.class);
    granted.addAll(Set.of(GraphAppRole.portalSet()));
    granted.remove(GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL);
    long tenant = tenantConsentedTo(granted);
    assertEquals(
        "PARTIAL", single("SELECT status FROM consent_status WHERE tenant_id = ?", tenant));
    // a consent verified partial from the start: "sync now" gives the tenant its first round
    assertTrue(history.syncNow(tenant));
    Map<String, Object> round = awaitRound(tenant, "SUCCEEDED", 0);
    String kinds = (String) round.get("kinds");
    assertTrue(
        kinds.contains(
            "enrollment skipped: DeviceManagementManagedDevices.Read.All is not granted; send the"
                + " customer a re-consent link"),
        kinds);
    assertTrue(
        kinds.contains(
            "app-status skipped: DeviceManagementManagedDevices.Read.All is not granted"),
        kinds);
    assertTrue(kinds.contains("consent: "), "the consent check ran: " + kinds);
    assertTrue(kinds.contains("connector-heartbeat: "), "the connector was read: " + kinds);
    assertEquals(
        "enrollment (DeviceManagementManagedDevices.Read.All), app-status"
            + " (DeviceManagementManagedDevices.Read.All)",
        single("SELECT skipped FROM poll_round WHERE id = ?", round.get("id")));
    assertEquals(
        1,
        ((Number) round.get("requests")).intValue(),
        "the consent check's grant and the connectors: one $batch");
    assertEquals(
        "PARTIAL",
        single("SELECT status FROM consent_status WHERE tenant_id = ?", tenant),
        "the consent check leaves a partial consent as it is");
    assertNull(single("SELECT parked_reason FROM tenant_poll_state WHERE tenant_id = ?", tenant));
    assertEquals(
        0L,
        ((Number) single("SELECT COUNT(*) FROM inventory_member WHERE tenant_id = ?", tenant))
            .longValue(),
        "enrollment did not run");

    // the tenant's health says which permission is missing, what polling skips, and re-consent
    await(
        Duration.ofSeconds(20),
        () ->
            String.valueOf(
                    uncheckedSingle(
                        "SELECT words FROM tenant_health_reason WHERE tenant_id = ?"
                            + " AND code = 'CONSENT_PARTIAL'",
                        tenant))
                .contains("Polling skips what needs them: enrollment"));
    String words =
        (String)
            single(
                "SELECT words FROM tenant_health_reason WHERE tenant_id = ? AND code ="
                    + " 'CONSENT_PARTIAL'",
                tenant);
    assertTrue(words.contains("DeviceManagementManagedDevices.Read.All"), words);
    assertEquals(
        "RECONSENT",
        single(
            "SELECT next_action FROM tenant_health_reason WHERE tenant_id = ? AND code ="
                + " 'CONSENT_PARTIAL'",
            tenant));
  }

  @Test
  void aThrottledRoundComesBackAfterMicrosoftsRetryAfter() throws Exception {
    long tenant = consentedTenant();
    SimulatedTenant sim = simulated(tenant);
    awaitRound(tenant, "SUCCEEDED", 0);
    await(Duration.ofSeconds(20), () -> !picked(tenant));
    long before = lastRoundId(tenant);
    sim.faults().throttleRate(1.0, 40);
    try {
      history.syncNow(tenant);
      Map<String, Object> throttled = awaitRound(tenant, "THROTTLED", before);
      Instant recordedAt = Instant.now();
      assertTrue(((Number) throttled.get("throttled")).intValue() >= 1, String.valueOf(throttled));
      assertEquals(
          40_000L,
          ((Number)
                  single(
                      "SELECT retry_after_ms FROM tenant_poll_state WHERE tenant_id = ?", tenant))
              .longValue());
      await(Duration.ofSeconds(10), () -> !picked(tenant));
      Instant next = executionTime(tenant);
      assertTrue(
          next.isAfter(recordedAt.plusSeconds(30)) && next.isBefore(recordedAt.plusSeconds(75)),
          "rescheduled after Retry-After (40 s + jitter): " + next + " vs " + recordedAt);
    } finally {
      sim.faults().clear();
    }
  }

  // ---- fixtures

  private long consentedTenant() {
    return tenantConsentedTo(Set.of(GraphAppRole.portalSet()));
  }

  private long tenantConsentedTo(Set<GraphAppRole> roles) {
    SimulatedTenant fresh = FreshTenants.next();
    SimulatedTenant sim = simulator.tenant(fresh.index());
    sim.grantConsent(roles);
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName("IT polling " + sim.displayName() + " " + fresh.index());
    draft.setDirectoryId(sim.id());
    draft.setContactName("Casey Customer");
    draft.setContactEmail("casey@example.com");
    draft.setScopeTags("EMEA");
    long tenant = registry.register(draft).getId();
    verification.verifyNow(tenant);
    return tenant;
  }

  private SimulatedTenant simulated(long tenant) throws Exception {
    String directoryId = (String) single("SELECT directory_id FROM tenant WHERE id = ?", tenant);
    for (int i = 0; i < FreshTenants.SIMULATED; i++) {
      if (simulator.tenant(i).id().equals(directoryId)) {
        return simulator.tenant(i);
      }
    }
    throw new IllegalStateException("no simulated tenant " + directoryId);
  }

  private static RoundQuery filterFor(long tenant) {
    RoundQuery query = new RoundQuery();
    query.setTenantId(tenant);
    return query;
  }

  private static Map<String, Object> awaitRound(long tenant, String outcome, long afterId)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection db = db();
          PreparedStatement q =
              db.prepareStatement(
                  "SELECT id, node, requests, throttled, kinds, error FROM poll_round"
                      + " WHERE tenant_id = ? AND outcome = ? AND id > ? ORDER BY id LIMIT 1")) {
        q.setLong(1, tenant);
        q.setString(2, outcome);
        q.setLong(3, afterId);
        try (ResultSet r = q.executeQuery()) {
          if (r.next()) {
            return Map.of(
                "id", r.getLong(1),
                "node", r.getString(2),
                "requests", r.getInt(3),
                "throttled", r.getInt(4),
                "kinds", r.getString(5),
                "error", r.getString(6));
          }
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "no "
            + outcome
            + " round of tenant "
            + tenant
            + " within 60 s; rounds: "
            + describe(tenant));
  }

  private static void awaitRoundAfter(long tenant, long afterId) throws Exception {
    await(Duration.ofSeconds(60), () -> lastRoundId(tenant) > afterId);
  }

  private static String describe(long tenant) throws Exception {
    StringBuilder s = new StringBuilder();
    try (Connection db = db();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT outcome, error FROM poll_round WHERE tenant_id = ? ORDER BY id")) {
      q.setLong(1, tenant);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          s.append(r.getString(1)).append(" ").append(r.getString(2)).append("; ");
        }
      }
    }
    return s.toString();
  }

  private static long rounds(long tenant) {
    return ((Number) uncheckedSingle("SELECT COUNT(*) FROM poll_round WHERE tenant_id = ?", tenant))
        .longValue();
  }

  private static long lastRoundId(long tenant) {
    Object id = uncheckedSingle("SELECT MAX(id) FROM poll_round WHERE tenant_id = ?", tenant);
    return id == null ? 0 : ((Number) id).longValue();
  }

  private static boolean picked(long tenant) {
    Object p =
        uncheckedSingle(
            "SELECT picked FROM scheduled_tasks WHERE task_name = '"
                + PollingEngine.TENANT_ROUND
                + "' AND task_instance = ?",
            String.valueOf(tenant));
    return p != null && (p instanceof Boolean b ? b : ((Number) p).intValue() != 0);
  }

  private static Instant executionTime(long tenant) {
    PollingEngine engine = Beans.get(PollingEngine.class);
    return engine.scheduled(tenant).map(s -> s.getExecutionTime()).orElse(null);
  }

  private static Object single(String sql, Object parameter) throws Exception {
    try (Connection db = db();
        PreparedStatement q = db.prepareStatement(sql)) {
      q.setObject(1, parameter);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        Object value = r.getObject(1);
        return value instanceof Timestamp t ? t.toLocalDateTime() : value;
      }
    }
  }

  private static Object uncheckedSingle(String sql, Object parameter) {
    try {
      return single(sql, parameter);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection db() throws Exception {
    return ((DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME)).getConnection();
  }

  private static void await(Duration max, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + max);
      }
      Thread.sleep(200);
    }
  }

  private static <T> T awaitValue(Duration max, java.util.function.Supplier<T> value)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    T v;
    while ((v = value.get()) == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no value within " + max);
      }
      Thread.sleep(200);
    }
    return v;
  }

  private void signInAs(String username) {
    request
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
  }
}
