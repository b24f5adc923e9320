package com.mtdconnect.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.health.boundary.AlertRuleAdministration;
import com.mtdconnect.health.boundary.TenantHealthBoard;
import com.mtdconnect.health.control.WebhookSignature;
import com.mtdconnect.health.entity.AlertDecision;
import com.mtdconnect.health.entity.AlertDelivery;
import com.mtdconnect.health.entity.AlertRuleDraft;
import com.mtdconnect.health.entity.AlertRuleInvalid;
import com.mtdconnect.health.entity.DeliveryStatus;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.HealthTransition;
import com.mtdconnect.health.entity.TenantHealth;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.polling.entity.RoundFinished;
import com.mtdconnect.polling.entity.RoundOutcome;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.FreshTenants;
import com.mtdconnect.testsupport.MovableClock;
import com.mtdconnect.testsupport.PortalIT;
import com.sun.net.httpserver.HttpServer;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Health and alerts inside the server against MariaDB: facts set up as polling would store them
 * (poll rounds and inventory summaries), {@link RoundFinished} fired as the engine does; alert
 * mails caught by GreenMail on the SMTP port the portal is configured with, webhooks by a loopback
 * HTTP server that checks the HMAC signature. The portal's clock is stopped and moved by the test.
 */
@PortalIT
class HealthAlertsIT {
  private static final String SECRET = "it-webhook-secret-0123456789";

  @Deployment
  static WebArchive deployment() throws URISyntaxException {
    return Deployments.portalWithTests(HealthAlertsIT.class)
        .addAsLibrary(
            new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
  }

  private static GreenMail smtp;
  private static HttpServer hooks;
  private static final ConcurrentLinkedQueue<Call> CALLS = new ConcurrentLinkedQueue<>();
  private static final AtomicInteger FLAKY_FAILURES_LEFT = new AtomicInteger(2);

  record Call(String path, String signature, String delivery, String event, String body) {}

  private TenantRegistry registry;
  private TenantHealthBoard board;
  private AlertRuleAdministration rules;
  private ConsentVerification consent;
  private MovableClock clock;
  private HttpServletRequest request;

  @BeforeEach
  void setUp() throws IOException {
    startServers();
    registry = CDI.current().select(TenantRegistry.class).get();
    board = CDI.current().select(TenantHealthBoard.class).get();
    rules = CDI.current().select(AlertRuleAdministration.class).get();
    consent = CDI.current().select(ConsentVerification.class).get();
    clock = CDI.current().select(MovableClock.class).get();
    request = CDI.current().select(HttpServletRequest.class).get();
    CDI.current()
        .select(RoleAssignments.class)
        .get()
        .assignIfAbsent(
            Actor.system("it-setup"),
            "IT: health-admin",
            BuiltInRole.MSP_ADMINISTRATOR,
            "health-admin",
            List.of());
    request
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups("health-admin", "IT health-admin", Instant.now()));
  }

  private static synchronized void startServers() throws IOException {
    if (smtp == null) {
      int port = Integer.parseInt(System.getProperty("mail.smtp.port"));
      smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
    if (hooks == null) {
      hooks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      hooks.createContext(
          "/",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            CALLS.add(
                new Call(
                    path,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_HEADER),
                    body));
            int status =
                path.equals("/flaky") && FLAKY_FAILURES_LEFT.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      hooks.start();
    }
  }

  /**
   * The mails about this test's tenant: the run's database is shared, so rules other test classes
   * left (for the demo's tenants) may send their own mails to the same server.
   */
  private MimeMessage[] alpha() {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getSubject().contains("Health IT Alpha");
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(MimeMessage[]::new);
  }

  @Test
  void oneTransitionAlertsOnceByMailAndSignedWebhookFlappingIsHeldBackAndResolvedIsSentOnce()
      throws Exception {
    String tag = "health-it-a";
    long tenant = consentedTenant("Health IT Alpha", tag);
    clock.stop();
    try {
      // a tenant never polled reads "not polled yet", without a score
      TenantHealth unpolled = board.health(tenant);
      assertEquals(HealthState.NOT_POLLED, unpolled.getState());
      assertEquals(null, unpolled.getScore());
      assertTrue(unpolled.getReasons().get(0).getWords().startsWith("Not polled yet"));

      // the rule exists before anything happens; a plain-http webhook elsewhere is refused
      AlertRuleDraft draft = draft(tag, "http://192.0.2.10/hook");
      AlertRuleInvalid refused =
          assertThrows(AlertRuleInvalid.class, () -> rules.save(null, 0, draft));
      assertEquals("webhookUrl", refused.field());
      draft.setWebhookUrl(hookUrl("/hook"));
      rules.save(null, 0, draft);

      summary(tenant, "enabled", 100, 100);
      round(tenant);
      TenantHealth healthy = board.health(tenant);
      assertEquals(HealthState.HEALTHY, healthy.getState(), healthy.getReasons().toString());
      assertEquals(100, healthy.getScore());

      // the connector stops answering: degraded, one mail and one signed webhook
      clock.advance(Duration.ofMinutes(5));
      summary(tenant, "unresponsive", 100, 100);
      round(tenant);
      assertEquals(HealthState.DEGRADED, board.health(tenant).getState());
      await(() -> alpha().length == 1 && calls("/hook").size() == 1);
      MimeMessage mail = alpha()[0];
      assertTrue(mail.getSubject().contains("Health IT Alpha is degraded"), mail.getSubject());
      assertEquals("noc@msp.example", mail.getAllRecipients()[0].toString());
      String text = String.valueOf(mail.getContent());
      assertTrue(text.contains("Check the MTD connector"), text);
      Call degraded = calls("/hook").get(0);
      assertTrue(
          WebhookSignature.verify(
              degraded.body().getBytes(StandardCharsets.UTF_8), SECRET, degraded.signature()),
          "valid HMAC-SHA256 signature: " + degraded.signature());
      JsonObject json = Json.createReader(new StringReader(degraded.body())).readObject();
      assertEquals("health.degraded", json.getString("event"));
      assertEquals("health.degraded", degraded.event());
      assertEquals(70, json.getInt("score"));
      assertEquals("HEALTHY", json.getString("from"));
      assertEquals(
          "CONNECTOR_STATE", json.getJsonArray("reasons").getJsonObject(0).getString("code"));

      // flapping inside the minimum interval (15 min): healthy, degraded, healthy: nothing sent
      for (String state : List.of("enabled", "unresponsive", "enabled")) {
        clock.advance(Duration.ofMinutes(2));
        summary(tenant, state, 100, 100);
        round(tenant);
      }
      assertEquals(HealthState.HEALTHY, board.health(tenant).getState());
      List<HealthTransition> transitions = board.transitions(tenant, 20);
      assertEquals(AlertDecision.HELD_BACK, transitions.get(0).getAlert());
      Thread.sleep(2000); // the worker runs every 0.5 s: give a wrong delivery the time to show
      assertEquals(1, alpha().length, "flapping sends nothing");
      assertEquals(1, calls("/hook").size(), "flapping calls nothing");

      // past the interval, still healthy: exactly one resolved notice, without waiting for the
      // tenant's next round (the delivery worker releases what the guard held back)
      clock.advance(Duration.ofMinutes(10));
      await(() -> alpha().length == 2 && calls("/hook").size() == 2);
      assertTrue(alpha()[1].getSubject().startsWith("[MTD Connect] Resolved"));
      assertEquals("health.resolved", calls("/hook").get(1).event());
      clock.advance(Duration.ofMinutes(30));
      round(tenant);
      Thread.sleep(1500);
      assertEquals(2, alpha().length, "healthy and told: nothing more");
      List<AlertDelivery> sent = board.alerts(tenant, 10);
      assertEquals(4, sent.size());
      assertTrue(sent.stream().allMatch(d -> d.getStatus() == DeliveryStatus.DELIVERED));
    } finally {
      clock.resume();
    }
  }

  @Test
  void aFailingWebhookIsRetriedWithExponentialBackoffThenDelivered() throws Exception {
    String tag = "health-it-b";
    long tenant = consentedTenant("Health IT Bravo", tag);
    AlertRuleDraft draft = draft(tag, hookUrl("/flaky"));
    draft.setEmailRecipients("");
    rules.save(null, 0, draft);
    clock.stop();
    try {
      summary(tenant, "enabled", 100, 100);
      round(tenant);
      clock.advance(Duration.ofMinutes(1));
      summary(tenant, "error", 100, 10); // connector 30, coverage 20: score 50, degraded
      round(tenant);
      await(() -> attempts(tenant) == 1);
      AlertDelivery first = board.alerts(tenant, 1).get(0);
      assertEquals(DeliveryStatus.PENDING, first.getStatus());
      assertTrue(first.getLastError().contains("HTTP 500"), first.getLastError());
      LocalDateTime now =
          LocalDateTime.ofInstant(clock.stop(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
      assertEquals(now.plusSeconds(30), first.getNextAttemptAt(), "first backoff: 30 s");

      clock.advance(Duration.ofSeconds(30));
      await(() -> attempts(tenant) == 2);
      AlertDelivery second = board.alerts(tenant, 1).get(0);
      assertEquals(DeliveryStatus.PENDING, second.getStatus());
      assertEquals(now.plusSeconds(30 + 60), second.getNextAttemptAt(), "then 60 s");

      clock.advance(Duration.ofSeconds(59));
      Thread.sleep(1500);
      assertEquals(2, attempts(tenant), "not before its time");
      clock.advance(Duration.ofSeconds(1));
      await(() -> board.alerts(tenant, 1).get(0).getStatus() == DeliveryStatus.DELIVERED);
      List<Call> flaky = calls("/flaky");
      assertEquals(3, flaky.size());
      assertEquals(1, flaky.stream().map(Call::delivery).distinct().count(), "one delivery id");
      assertTrue(
          flaky.stream()
              .allMatch(
                  c ->
                      WebhookSignature.verify(
                          c.body().getBytes(StandardCharsets.UTF_8), SECRET, c.signature())));
      assertFalse(flaky.get(0).body().contains(SECRET), "the secret never travels");
    } finally {
      clock.resume();
    }
  }

  @Test
  void alertRulesNeedTheirPermissionAndStayWithinTheTagsOfTheAssignment() {
    consentedTenant("Health IT Charlie", "health-it-c");
    consentedTenant("Health IT Delta", "health-it-d");
    RoleAssignments assignments = CDI.current().select(RoleAssignments.class).get();
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: health-operator",
        BuiltInRole.ONBOARDING_OPERATOR,
        "health-operator",
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: health-scoped",
        BuiltInRole.MSP_ADMINISTRATOR,
        "health-scoped",
        List.of("health-it-c"));
    signInAs("health-operator");
    assertThrows(AccessDenied.class, () -> rules.rules());
    assertThrows(AccessDenied.class, () -> rules.save(null, 0, draft("health-it-c", "")));

    signInAs("health-scoped");
    assertTrue(rules.tagsToPick().contains("health-it-c"));
    assertFalse(rules.tagsToPick().contains("health-it-d"), "outside the assignment's tags");
    AlertRuleDraft mine = draft("health-it-c", "");
    mine.setNewWebhookSecret(null);
    rules.save(null, 0, mine);
    assertThrows(AccessDenied.class, () -> rules.save(null, 0, draft("health-it-d", "")));
    assertTrue(rules.rules().stream().allMatch(r -> r.getScopeTag().equals("health-it-c")));
    AlertRuleDraft noTarget = draft("health-it-c", "");
    noTarget.setEmailRecipients("");
    assertEquals(
        "scopeTag",
        assertThrows(AlertRuleInvalid.class, () -> rules.save(null, 0, noTarget)).field(),
        "one rule per tag");
  }

  private void signInAs(String username) {
    request
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
  }

  // ---- helpers

  private long consentedTenant(String name, String tag) {
    SimulatedTenant fresh = FreshTenants.next();
    SimulatedTenant live =
        CDI.current().select(SimulatorHolder.class).get().simulator().tenants().stream()
            .filter(t -> t.id().equals(fresh.id()))
            .findFirst()
            .orElseThrow();
    live.grantConsent(Set.of(GraphAppRole.portalSet()));
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName(name);
    draft.setDirectoryId(live.id());
    draft.setContactName("Casey Customer");
    draft.setContactEmail("casey@example.com");
    draft.setScopeTags(tag);
    long id = registry.register(draft).getId();
    assertEquals(ConsentStatus.CONSENTED, consent.verifyNow(id).getStatus());
    return id;
  }

  private static AlertRuleDraft draft(String tag, String url) {
    AlertRuleDraft d = new AlertRuleDraft();
    d.setScopeTag(tag);
    d.setEmailRecipients("noc@msp.example");
    d.setWebhookUrl(url);
    d.setNewWebhookSecret(SECRET);
    return d;
  }

  private static String hookUrl(String path) {
    return "http://127.0.0.1:" + hooks.getAddress().getPort() + path;
  }

  private static List<Call> calls(String path) {
    return CALLS.stream().filter(c -> c.path().equals(path)).toList();
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.stop(), ZoneOffset.UTC);
  }

  /** Stores a round as the engine does and fires its event after the "commit". */
  private void round(long tenant) throws Exception {
    LocalDateTime now = now();
    try (Connection db = db();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into poll_round (tenant_id, generation, node, started_at, duration_ms,"
                    + " requests, throttled, changes, outcome) values (?, 1, 'it', ?, 1000, 1, 0,"
                    + " 0, 'SUCCEEDED')")) {
      insert.setLong(1, tenant);
      insert.setTimestamp(2, Timestamp.valueOf(now.minusSeconds(1)));
      insert.executeUpdate();
    }
    CDI.current()
        .getBeanManager()
        .getEvent()
        .select(RoundFinished.class)
        .fire(
            new RoundFinished(
                tenant,
                now.minusSeconds(1),
                Duration.ofSeconds(1),
                1,
                0,
                0,
                RoundOutcome.SUCCEEDED,
                ""));
  }

  private void summary(long tenant, String connectorState, int devices, int installed)
      throws SQLException, javax.naming.NamingException {
    LocalDateTime now = now();
    try (Connection db = db();
        PreparedStatement upsert =
            db.prepareStatement(
                "insert into inventory_summary (tenant_id, platform, devices_in_scope,"
                    + " app_installed, connector_state, connector_heartbeat, updated_at) values (?,"
                    + " 'IOS', ?, ?, ?, ?, ?) on duplicate key update devices_in_scope ="
                    + " values(devices_in_scope), app_installed = values(app_installed),"
                    + " connector_state = values(connector_state), connector_heartbeat ="
                    + " values(connector_heartbeat), updated_at = values(updated_at)")) {
      upsert.setLong(1, tenant);
      upsert.setInt(2, devices);
      upsert.setInt(3, installed);
      upsert.setString(4, connectorState);
      upsert.setTimestamp(5, Timestamp.valueOf(now.minusMinutes(10)));
      upsert.setTimestamp(6, Timestamp.valueOf(now));
      upsert.executeUpdate();
    }
  }

  private int attempts(long tenant) {
    List<AlertDelivery> alerts = board.alerts(tenant, 1);
    return alerts.isEmpty() ? 0 : alerts.get(0).getAttempts();
  }

  private static Connection db() throws SQLException, javax.naming.NamingException {
    return ((DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME)).getConnection();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not reached within 30 s");
      }
      Thread.sleep(100);
    }
  }
}
