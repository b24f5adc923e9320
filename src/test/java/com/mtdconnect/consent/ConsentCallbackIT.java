package com.mtdconnect.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.consent.boundary.CallbackParameters;
import com.mtdconnect.consent.boundary.ConsentLinks;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.consent.boundary.CustomerConsent;
import com.mtdconnect.consent.entity.ConsentIncident;
import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.IncidentKind;
import com.mtdconnect.consent.entity.LinkStatus;
import com.mtdconnect.consent.entity.StateRejected;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.MovableClock;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consent callback inside the server, against MariaDB and the simulator: the state is checked
 * before anything else and used once (also when two requests race), and an approval is verified in
 * the tenant our record names, whatever tenant the redirect claims.
 */
@PortalIT
class ConsentCallbackIT {
  private static final String BINDING = "x".repeat(43);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(ConsentCallbackIT.class);
  }

  private ConsentLinks links;
  private CustomerConsent customer;
  private TenantRegistry tenants;

  @BeforeEach
  void lookUp() {
    links = CDI.current().select(ConsentLinks.class).get();
    customer = CDI.current().select(CustomerConsent.class).get();
    tenants = CDI.current().select(TenantRegistry.class).get();
    CDI.current()
        .select(RoleAssignments.class)
        .get()
        .assignIfAbsent(
            Actor.system("it-setup"),
            "IT: consent admin",
            BuiltInRole.MSP_ADMINISTRATOR,
            "consent-it",
            List.of());
    CDI.current()
        .select(HttpServletRequest.class)
        .get()
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups("consent-it", "Consent IT", Instant.now()));
  }

  @Test
  void forgedUnknownExpiredAndForeignBrowserStatesChangeNothing() throws Exception {
    Tenant tenant = register(simulated(21));
    String state = stateOf(begin(tenant));
    TenantConsent before = status(tenant);

    assertRefused(StateRejected.Reason.UNKNOWN, "forged-" + state, BINDING);
    assertRefused(StateRejected.Reason.UNKNOWN, null, BINDING);
    assertRefused(StateRejected.Reason.OTHER_BROWSER, state, "y".repeat(43));
    assertRefused(StateRejected.Reason.OTHER_BROWSER, state, null);
    update(
        "UPDATE consent_request SET expires_at = NOW() - INTERVAL 1 MINUTE WHERE tenant_id = "
            + tenant.getId());
    assertRefused(StateRejected.Reason.EXPIRED, state, BINDING);

    assertEquals(before.getStatus(), status(tenant).getStatus());
    assertEquals(LinkStatus.OPENED, newestLink(tenant).getStatus());
  }

  @Test
  void aStateIsAcceptedOnceEvenWhenTwoCallbacksRace() throws Exception {
    Tenant tenant = register(simulated(22));
    String state = stateOf(begin(tenant));
    String callback =
        System.getProperty("portal.base-url")
            + "/consent/callback?admin_consent=True&error=access_denied&error_description="
            + "AADSTS65004&state="
            + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<String>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      racers.add(
          () ->
              http.send(
                      HttpRequest.newBuilder(URI.create(callback))
                          .header("Cookie", "mtdc_consent_binding=" + BINDING)
                          .GET()
                          .build(),
                      HttpResponse.BodyHandlers.discarding())
                  .headers()
                  .firstValue("Location")
                  .orElse(""));
    }
    List<String> locations = new ArrayList<>();
    for (Future<String> f : pool.invokeAll(racers)) {
      locations.add(f.get());
    }
    pool.shutdown();
    assertEquals(
        1,
        locations.stream().filter(l -> l.contains("/outcome.xhtml?result=")).count(),
        locations.toString());
    assertEquals(
        7,
        locations.stream().filter(l -> l.contains("reason=replayed")).count(),
        locations.toString());
    assertEquals(ConsentStatus.FAILED, status(tenant).getStatus());
    assertEquals(LinkStatus.DECLINED, newestLink(tenant).getStatus());
  }

  @Test
  void anApprovalIsVerifiedInTheExpectedTenantNotTheOneTheRedirectNames() throws Exception {
    SimulatedTenant consented = simulated(23);
    consented.grantConsent(Set.of(GraphAppRole.portalSet()));
    SimulatedTenant expected = simulated(24); // never consented: no service principal there
    expected.forgetConsent();
    Tenant tenant = register(expected);

    String state = stateOf(begin(tenant));
    TenantConsent concluded;
    clock().stop(); // only the test moves time: the window closes when the test says so
    try {
      customer.complete(new CallbackParameters(state, "True", null, null, consented.id()), BINDING);
      assertEquals(ConsentStatus.VERIFYING, status(tenant).getStatus());
      assertEquals(ConsentStatus.VERIFYING, nextAttempt(tenant, 1).getStatus());
      clock().advance(Duration.ofSeconds(11)); // past the verification window (10 s in tests)
      concluded = awaitConclusion(tenant, Duration.ofSeconds(30));
    } finally {
      clock().resume();
    }
    assertEquals(ConsentStatus.FAILED, concluded.getStatus(), "the claimed tenant does not count");
    assertTrue(concluded.getReason().contains("AADSTS7000229"), concluded.getReason());
    assertTrue(concluded.getAttempts() > 1, "kept verifying while Microsoft might replicate");
    AuditEvent approved =
        tenants.history(tenant.getId(), 20).stream()
            .filter(e -> e.getAction().equals("CONSENT_APPROVED"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        approved.getChanges().toString().contains(consented.id()),
        approved.getChanges().toString());
  }

  @Test
  void verificationWaitsOutReplicationThenConsents() throws Exception {
    SimulatedTenant simulated = simulated(20);
    simulated.forgetConsent();
    simulated.replicationDelay(Duration.ofHours(1)); // replicating until the test says otherwise
    Tenant tenant = register(simulated);
    String state = stateOf(begin(tenant));
    simulated.consentOnScreen(Set.of(GraphAppRole.portalSet()), Instant.now());
    TenantConsent concluded;
    clock().stop(); // only the test moves time: attempts come when it passes the backoff
    try {
      customer.complete(new CallbackParameters(state, "True", null, null, simulated.id()), BINDING);
      assertEquals(
          ConsentStatus.VERIFYING,
          nextAttempt(tenant, 1).getStatus(),
          "while Microsoft replicates, attempts see no grants and verification goes on");

      // Microsoft finishes replicating: the grants are visible from now on
      simulated.consentOnScreen(
          Set.of(GraphAppRole.portalSet()), Instant.now().minus(simulated.replicationDelay()));
      clock().advance(Duration.ofSeconds(2)); // the backoff after the second attempt
      concluded = awaitConclusion(tenant, Duration.ofSeconds(30));
    } finally {
      clock().resume();
    }
    assertEquals(ConsentStatus.CONSENTED, concluded.getStatus());
    assertTrue(concluded.getAttempts() > 2, "consented by the attempt after replication");
    assertEquals(TenantLifecycle.CONSENTED, tenants.find(tenant.getId()).getLifecycle());
    assertEquals(LinkStatus.APPROVED, newestLink(tenant).getStatus());
  }

  @Test
  void aNarrowedGrantDegradesWithinOneCheckAndReconsentClosesTheIncident() throws Exception {
    SimulatedTenant simulated = simulated(25);
    Tenant tenant = consentedTenant(simulated);

    simulated.narrowGrant(Set.of(GraphAppRole.DEVICE_READ_ALL));
    verification().verifyNow(tenant.getId());
    TenantConsent degraded = status(tenant);
    assertEquals(ConsentStatus.DEGRADED, degraded.getStatus());
    assertTrue(degraded.getReason().contains("Device.Read.All"), degraded.getReason());
    ConsentIncident incident = onlyIncident(tenant);
    assertEquals(IncidentKind.NARROWED, incident.getKind());
    assertTrue(incident.isOpen());
    assertEquals(TenantLifecycle.DEGRADED, tenants.find(tenant.getId()).getLifecycle());

    reconsent(tenant, simulated);
    assertRestored(tenant);
  }

  @Test
  void aRevokedConsentDegradesWithinOneCheckAndReconsentClosesTheIncident() throws Exception {
    SimulatedTenant simulated = simulated(26);
    Tenant tenant = consentedTenant(simulated);

    simulated.revokeConsent();
    verification().verifyNow(tenant.getId());
    assertEquals(ConsentStatus.DEGRADED, status(tenant).getStatus());
    ConsentIncident incident = onlyIncident(tenant);
    assertEquals(IncidentKind.REVOKED, incident.getKind());
    assertTrue(incident.isOpen());
    assertEquals(TenantLifecycle.DEGRADED, tenants.find(tenant.getId()).getLifecycle());

    reconsent(tenant, simulated);
    assertRestored(tenant);
  }

  /** A registered tenant whose customer approved every permission, verified as Consented. */
  private Tenant consentedTenant(SimulatedTenant simulated) throws Exception {
    simulated.grantConsent(Set.of(GraphAppRole.portalSet()));
    Tenant tenant = register(simulated);
    approve(links.createLink(tenant.getId()), simulated);
    assertEquals(
        ConsentStatus.CONSENTED, awaitConclusion(tenant, Duration.ofSeconds(30)).getStatus());
    assertEquals(TenantLifecycle.CONSENTED, tenants.find(tenant.getId()).getLifecycle());
    return tenant;
  }

  /** The operator sends the one-click re-consent link and the customer approves everything. */
  private void reconsent(Tenant tenant, SimulatedTenant simulated) throws Exception {
    ConsentLink link = links.sendReconsentLink(tenant.getId());
    simulated.grantConsent(Set.of(GraphAppRole.portalSet()));
    approve(link, simulated);
    assertEquals(
        ConsentStatus.CONSENTED, awaitConclusion(tenant, Duration.ofSeconds(30)).getStatus());
  }

  private void assertRestored(Tenant tenant) {
    ConsentIncident closed = onlyIncident(tenant);
    assertTrue(!closed.isOpen(), "the incident closes on re-consent");
    assertTrue(closed.getTimeToReconsent() != null, "time to re-consent is tracked");
    assertEquals(TenantLifecycle.CONSENTED, tenants.find(tenant.getId()).getLifecycle());
    AuditEvent verified =
        tenants.history(tenant.getId(), 50).stream()
            .filter(e -> e.getAction().equals("CONSENT_VERIFIED"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        verified.getChanges().toString().contains("time to reconsent"),
        verified.getChanges().toString());
  }

  private ConsentIncident onlyIncident(Tenant tenant) {
    List<ConsentIncident> incidents = links.overview(tenant.getId()).getIncidents();
    assertEquals(1, incidents.size(), incidents.toString());
    return incidents.get(0);
  }

  private void approve(ConsentLink link, SimulatedTenant simulated) {
    String url = links.urlOf(link);
    String token = url.substring(url.indexOf("link=") + 5);
    customer.open(token);
    String state = stateOf(customer.begin(token, BINDING));
    customer.complete(new CallbackParameters(state, "True", null, null, simulated.id()), BINDING);
  }

  private static ConsentVerification verification() {
    return CDI.current().select(ConsentVerification.class).get();
  }

  private void assertRefused(StateRejected.Reason reason, String state, String binding) {
    StateRejected refused =
        assertThrows(
            StateRejected.class,
            () ->
                customer.complete(
                    new CallbackParameters(state, "True", null, null, null), binding));
    assertEquals(reason, refused.reason());
  }

  private static SimulatedTenant simulated(int index) {
    return CDI.current().select(SimulatorHolder.class).get().simulator().tenant(index);
  }

  private Tenant register(SimulatedTenant simulated) {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName("Consent IT " + simulated.displayName());
    draft.setDirectoryId(simulated.id());
    draft.setContactName("Casey Customer");
    draft.setContactEmail("casey@example.org");
    draft.setScopeTags("EMEA");
    return tenants.register(draft);
  }

  /** Creates and opens a link, then starts the trip to Microsoft; returns Microsoft's URL. */
  private String begin(Tenant tenant) {
    ConsentLink link = links.createLink(tenant.getId());
    String url = links.urlOf(link);
    String token = url.substring(url.indexOf("link=") + 5);
    customer.open(token);
    return customer.begin(token, BINDING);
  }

  private static String stateOf(String microsoftUrl) {
    return URLDecoder.decode(
        microsoftUrl.substring(microsoftUrl.indexOf("state=") + 6), StandardCharsets.UTF_8);
  }

  private TenantConsent status(Tenant tenant) {
    return links.overview(tenant.getId()).getStatus();
  }

  private ConsentLink newestLink(Tenant tenant) {
    return links.overview(tenant.getId()).getLinks().get(0);
  }

  /**
   * With the portal's clock stopped: waits for the verification's first attempt (due at once), then
   * moves the clock by the backoff after it ({@code backoffSeconds}) and waits for the second one.
   * The verification jobs run on their own threads every second; the test polls.
   */
  private TenantConsent nextAttempt(Tenant tenant, long backoffSeconds)
      throws InterruptedException {
    awaitAttempts(tenant, 1);
    clock().advance(Duration.ofSeconds(backoffSeconds));
    return awaitAttempts(tenant, 2);
  }

  private TenantConsent awaitAttempts(Tenant tenant, int attempts) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    TenantConsent status = status(tenant);
    while (status.getStatus() == ConsentStatus.VERIFYING
        && status.getAttempts() < attempts
        && System.nanoTime() < end) {
      Thread.sleep(250);
      status = status(tenant);
    }
    assertEquals(attempts, status.getAttempts(), "attempts so far");
    return status;
  }

  /** The portal's clock in this deployment, which the test moves instead of sleeping. */
  private static MovableClock clock() {
    MovableClock movable = CDI.current().select(MovableClock.class).get();
    assertTrue(movable.drives(CDI.current().select(Clock.class).get()), "the portal's clock");
    return movable;
  }

  private TenantConsent awaitConclusion(Tenant tenant, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    TenantConsent status = status(tenant);
    while (status.getStatus() == ConsentStatus.VERIFYING && System.nanoTime() < end) {
      Thread.sleep(250);
      status = status(tenant);
    }
    return status;
  }

  private static void update(String sql) throws Exception {
    DataSource ds = (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      assertTrue(s.executeUpdate() > 0, sql);
    }
  }
}
