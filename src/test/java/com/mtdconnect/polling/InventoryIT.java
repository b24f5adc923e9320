package com.mtdconnect.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.onboarding.boundary.TenantOnboardings;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.GroupRole;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.polling.boundary.AppStatusReport;
import com.mtdconnect.polling.control.AppStatusKind;
import com.mtdconnect.polling.control.ConnectorHeartbeatKind;
import com.mtdconnect.polling.control.EnrollmentKind;
import com.mtdconnect.polling.control.FencedOut;
import com.mtdconnect.polling.control.PollingKind;
import com.mtdconnect.polling.entity.AppStatusOverview;
import com.mtdconnect.polling.entity.DeviceQuery;
import com.mtdconnect.polling.entity.InstallState;
import com.mtdconnect.polling.entity.InventoryDevice;
import com.mtdconnect.polling.entity.InventorySummary;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import com.mtdconnect.provisioning.boundary.TenantProvisioning;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.provisioning.entity.RunState;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimDevice;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.testsupport.DemoStaff;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.FreshTenants;
import com.mtdconnect.testsupport.PortalIT;
import com.mtdconnect.testsupport.StaffClient;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The inventory kinds (enrollment, app status, connector heartbeat) inside the deployed portal
 * against registered simulated tenants, MariaDB and the real gateway: a first round stores the
 * funnel the simulated directory implies, an idle round costs one request per tenant, member
 * removal and addition are visible after one round, an expired delta link resyncs in full and says
 * so, a stale generation stores nothing, and the app status page's data reads it all back.
 */
@PortalIT
class InventoryIT {

  private static final String ADMIN = "inv-admin";
  private static final String READER = "inv-reader";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(InventoryIT.class, StaffClient.class, DemoStaff.class);
  }

  private static <T> T get(Class<T> type) {
    return CDI.current().select(type).get();
  }

  private static <T> T as(String username, Supplier<T> call) {
    RoleAssignments assignments = get(RoleAssignments.class);
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT inventory admin",
        BuiltInRole.MSP_ADMINISTRATOR,
        ADMIN,
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT inventory reader",
        BuiltInRole.READ_ONLY_OPERATOR,
        READER,
        List.of());
    get(HttpServletRequest.class)
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
    return call.get();
  }

  private static MicrosoftCloudSimulator cloud() {
    return get(SimulatorHolder.class).simulator();
  }

  /** A tenant polled by the kinds: registered, its state row, and (optionally) provisioned. */
  private record Polled(long id, SimulatedTenant sim, long[] generation) {}

  private static Polled register(boolean provision) throws Exception {
    // the server's own simulated tenant (FreshTenants generates a detached twin)
    SimulatedTenant sim = cloud().findTenant(FreshTenants.next().id()).orElseThrow();
    long id =
        as(
            ADMIN,
            () -> {
              TenantDraft draft = new TenantDraft();
              draft.setDisplayName("IT inventory " + sim.displayName());
              draft.setDirectoryId(sim.id());
              draft.setContactName("Casey Customer");
              draft.setContactEmail("casey@example.com");
              draft.setScopeTags("EMEA");
              return get(TenantRegistry.class).register(draft).getId();
            });
    TenantDirectory dir = cloud().directory(sim);
    if (provision) {
      TenantOnboardings onboardings = get(TenantOnboardings.class);
      as(
          ADMIN,
          () ->
              onboardings.savePlatforms(
                  id, Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID), DeviceThreatLevel.LOW));
      as(
          ADMIN,
          () ->
              onboardings.targetGroup(
                  id,
                  new GroupFound(dir.group(1).orElseThrow().id(), "MTD-Enroll", "Security", 1, 0),
                  GroupRole.INCLUDED));
      as(
          ADMIN,
          () ->
              onboardings.targetGroup(
                  id,
                  new GroupFound(dir.group(2).orElseThrow().id(), "MTD-Exclude", "Security", 1, 0),
                  GroupRole.EXCLUDED));
      TenantProvisioning provisioning = get(TenantProvisioning.class);
      as(
          ADMIN,
          () ->
              provisioning.plan(
                  id,
                  new ProvisioningIntent(
                      EnumSet.of(Platform.IOS, Platform.ANDROID),
                      List.of(new TargetGroup(dir.group(1).orElseThrow().id(), "MTD-Enroll")),
                      List.of(new TargetGroup(dir.group(2).orElseThrow().id(), "MTD-Exclude")),
                      ThreatLevel.MEDIUM)));
      as(ADMIN, () -> provisioning.apply(id));
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (true) {
        ProvisioningProgress p = as(ADMIN, () -> provisioning.progress(id));
        if (p.getLatest() != null && p.getLatest().getState() != RunState.RUNNING) {
          assertEquals(RunState.DONE, p.getLatest().getState(), p.getLatest().getReason());
          break;
        }
        assertTrue(System.nanoTime() < deadline, "provisioning finishes within two minutes");
        Thread.sleep(100);
      }
    }
    sql("INSERT INTO tenant_poll_state (tenant_id, generation) VALUES (" + id + ", 0)");
    return new Polled(id, sim, new long[] {0});
  }

  private static final List<Class<? extends PollingKind>> KINDS =
      List.of(EnrollmentKind.class, AppStatusKind.class, ConnectorHeartbeatKind.class);

  /** One round: bumps the generation as the engine does, runs the kinds in order; returns them. */
  private static List<KindResult> round(Polled t) throws Exception {
    t.generation()[0]++;
    sql(
        "UPDATE tenant_poll_state SET generation = "
            + t.generation()[0]
            + " WHERE tenant_id = "
            + t.id());
    RoundContext context = context(t, t.generation()[0]);
    List<KindResult> results = new ArrayList<>();
    for (Class<? extends PollingKind> kind : KINDS) {
      PollingKind k = get(kind);
      assertTrue(k.isDue(context));
      results.add(k.run(context));
    }
    return results;
  }

  private static RoundContext context(Polled t, long generation) {
    return new RoundContext(
        t.id(),
        t.sim().id(),
        generation,
        LocalDateTime.now(get(Clock.class)),
        Duration.ofMinutes(15),
        Map.of(),
        Set.of());
  }

  /** HTTP requests the gateway sent to a tenant so far (every call, pages and batches). */
  private static long requests(SimulatedTenant t) {
    return get(GraphGateway.class).metrics().stream()
        .filter(m -> m.tenantId().equals(t.id()))
        .mapToLong(CallMetrics::calls)
        .sum();
  }

  /** Users in scope per the simulated directory: MTD-Enroll's members not in MTD-Exclude. */
  private static Set<String> expectedUsers(SimulatedTenant t) {
    TenantDirectory dir = cloud().directory(t);
    Set<Integer> users = new TreeSet<>(dir.members(1));
    users.removeAll(dir.members(2));
    Set<String> ids = new TreeSet<>();
    users.forEach(u -> ids.add(dir.user(u).id()));
    return ids;
  }

  private static Map<Platform, Integer> expectedDevices(SimulatedTenant t) {
    TenantDirectory dir = cloud().directory(t);
    Map<Platform, Integer> counts = new EnumMap<>(Platform.class);
    for (String userId : expectedUsers(t)) {
      for (int d : dir.devicesOf(dir.userIndexOf(userId).orElseThrow())) {
        SimDevice device = dir.device(d);
        Platform p =
            device.isIos()
                ? Platform.IOS
                : device.operatingSystem().startsWith("Android") ? Platform.ANDROID : null;
        if (p != null) {
          counts.merge(p, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static AppStatusOverview overview(Polled t) {
    return as(READER, () -> get(AppStatusReport.class).overview(t.id()));
  }

  private static InventorySummary funnel(Polled t, Platform p) {
    return overview(t).getFunnels().stream()
        .filter(f -> f.getPlatform() == p)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + p + " funnel"));
  }

  @Test
  void roundsKeepTheFunnelCurrentAnIdleRoundIsOneRequestAndChangesShowAfterOneRound()
      throws Exception {
    Polled provisioned = register(true);
    Polled plain = register(false);
    assertFalse(overview(provisioned).isPolled(), "nothing stored before the first round");

    List<KindResult> first = round(provisioned);
    round(plain);
    assertTrue(first.get(0).summary().startsWith("Full resync (first sync)"), first.toString());
    Set<String> users = expectedUsers(provisioned.sim());
    Map<Platform, Integer> devices = expectedDevices(provisioned.sim());
    for (Platform p : Platform.values()) {
      InventorySummary f = funnel(provisioned, p);
      assertEquals(users.size(), f.getTargetedUsers(), p + " targeted users");
      assertEquals(devices.getOrDefault(p, 0), f.getDevicesInScope(), p + " devices in scope");
      assertEquals(
          f.getDevicesInScope(),
          f.getAppInstalled() + f.getAppPending() + f.getAppFailed(),
          p + ": every device in scope is in the app's install report");
      assertNotNull(f.getConnectorState(), "our connector was provisioned");
    }
    AppStatusOverview o = overview(provisioned);
    assertTrue(o.isPolled());
    assertTrue(o.getConnector().isPresent(), o.getConnector().getReason());
    assertNotNull(o.getReadAt());
    assertFalse(overview(plain).getConnector().isPresent(), "never provisioned: no connector");

    // the app status page renders the stored funnel (chart and numbers) for signed-in staff
    StaffClient admin =
        new StaffClient(
            StaffClient.newHttpClient(),
            "http://localhost:" + get(HttpServletRequest.class).getLocalPort());
    admin.signInAs("admin");
    HttpResponse<String> page = admin.get("/polling/app-status.xhtml?tenant=" + provisioned.id());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Reporting to connector"), "the chart's and table's labels");
    assertTrue(
        java.util.regex.Pattern.compile("<span id=\"[^\"]*:users\">" + users.size() + "</span>")
            .matcher(page.body())
            .find(),
        "targeted users in the table (a per-row id)");
    assertTrue(page.body().contains("Read from Microsoft"), "the data's age");

    // the app status page's drill-down: devices of one platform, searchable, by state
    AppStatusReport report = get(AppStatusReport.class);
    DeviceQuery all = new DeviceQuery(Platform.IOS, true, Optional.empty(), "", 0, 200);
    List<InventoryDevice> ios = as(READER, () -> report.devices(provisioned.id(), all));
    assertEquals(devices.getOrDefault(Platform.IOS, 0), ios.size());
    if (!ios.isEmpty()) {
      InventoryDevice one = ios.get(0);
      DeviceQuery byName =
          new DeviceQuery(Platform.IOS, true, Optional.empty(), one.getDeviceName(), 0, 10);
      assertTrue(
          as(READER, () -> report.devices(provisioned.id(), byName)).stream()
              .anyMatch(d -> d.getManagedDeviceId().equals(one.getManagedDeviceId())));
      DeviceQuery byState =
          new DeviceQuery(Platform.IOS, true, Optional.of(one.getInstallState()), "", 0, 200);
      assertTrue(
          as(READER, () -> report.devices(provisioned.id(), byState)).stream()
              .allMatch(d -> d.getInstallState() == one.getInstallState()));
    }

    // idle: nothing changed in either tenant
    long before = requests(provisioned.sim()) + requests(plain.sim());
    List<KindResult> idle = round(provisioned);
    round(plain);
    long spent = requests(provisioned.sim()) + requests(plain.sim()) - before;
    System.out.println(
        "[measure] idle round, enrollment + app status + connector heartbeat: "
            + spent
            + " HTTP requests for 2 tenants = "
            + (spent / 2.0)
            + " per tenant (counted by the gateway's metrics; token requests come from MSAL's"
            + " cache)");
    assertTrue(spent / 2.0 <= 1.1, spent + " requests for two idle tenants");
    assertEquals(0, idle.stream().mapToInt(KindResult::changes).sum(), idle.toString());

    // a member leaves MTD-Enroll, another joins: one round later the scope follows
    TenantDirectory dir = cloud().directory(provisioned.sim());
    String enroll = dir.group(1).orElseThrow().id();
    String leaving = users.iterator().next();
    dir.removeMember(enroll, leaving);
    String joining = null;
    for (int u = 0; u < provisioned.sim().userCount() && joining == null; u++) {
      String id = dir.user(u).id();
      // not the one who just left: outside both groups now, it would simply join again
      if (!dir.members(1).contains(u) && !dir.members(2).contains(u) && !id.equals(leaving)) {
        joining = id;
      }
    }
    assertNotNull(joining, "a user outside both groups");
    dir.addMember(enroll, joining);
    assertFalse(dir.members(1).contains(dir.userIndexOf(leaving).orElseThrow()));
    assertTrue(dir.members(1).contains(dir.userIndexOf(joining).orElseThrow()));
    List<KindResult> changed = round(provisioned);
    assertTrue(changed.get(0).changes() >= 2, changed.toString());
    assertEquals(
        expectedUsers(provisioned.sim()).size(),
        funnel(provisioned, Platform.IOS).getTargetedUsers());
    Map<Platform, Integer> now = expectedDevices(provisioned.sim());
    for (Platform p : Platform.values()) {
      assertEquals(now.getOrDefault(p, 0), funnel(provisioned, p).getDevicesInScope());
    }
    String left = leaving;
    boolean leftHadDevices = !dir.devicesOf(dir.userIndexOf(left).orElseThrow()).isEmpty();
    if (leftHadDevices) {
      DeviceQuery gone = new DeviceQuery(Platform.IOS, false, Optional.empty(), "", 0, 200);
      DeviceQuery goneAndroid =
          new DeviceQuery(Platform.ANDROID, false, Optional.empty(), "", 0, 200);
      List<InventoryDevice> out =
          new ArrayList<>(as(READER, () -> report.devices(provisioned.id(), gone)));
      out.addAll(as(READER, () -> report.devices(provisioned.id(), goneAndroid)));
      assertTrue(out.stream().anyMatch(d -> d.getUserId().equals(left)), "devices left scope");
      assertTrue(out.stream().allMatch(d -> d.getLeftScopeAt() != null));
    }

    // install states move with the simulated clock
    cloud().clock().advance(Duration.ofDays(3));
    round(provisioned);
    for (Platform p : Platform.values()) {
      assertEquals(0, funnel(provisioned, p).getAppPending(), p + ": nothing pending after 3 days");
    }
    // the round told the tenant's lifecycle (nobody opened the provisioning page)
    int installed =
        funnel(provisioned, Platform.IOS).getAppInstalled()
            + funnel(provisioned, Platform.ANDROID).getAppInstalled();
    assertTrue(installed > 0, "devices have the app after 3 days");
    Integer reported =
        as(ADMIN, () -> get(TenantRegistry.class).find(provisioned.id()))
            .facts()
            .appInstalledDevices();
    assertNotNull(reported, "install facts reported by the round");
    assertTrue(reported >= installed, reported + " reported, " + installed + " in scope");

    // an expired delta link: full resync, recorded, same scope
    provisioned.sim().expireDeltaTokens();
    List<KindResult> resynced = round(provisioned);
    assertTrue(resynced.get(0).summary().contains("delta link expired"), resynced.toString());
    assertEquals(2, overview(provisioned).getSync().getFullSyncs());
    assertTrue(overview(provisioned).getSync().getLastFullSyncReason().contains("expired"));
    assertEquals(
        expectedUsers(provisioned.sim()).size(),
        funnel(provisioned, Platform.IOS).getTargetedUsers());

    // a stale generation stores nothing
    LocalDateTime stored = overview(provisioned).getSync().getEnrollmentAt();
    sql(
        "UPDATE tenant_poll_state SET generation = generation + 1 WHERE tenant_id = "
            + provisioned.id());
    RoundContext stale = context(provisioned, provisioned.generation()[0]);
    dir.removeMember(enroll, joining);
    assertThrows(FencedOut.class, () -> get(EnrollmentKind.class).run(stale));
    assertEquals(stored, overview(provisioned).getSync().getEnrollmentAt());
    assertEquals(
        expectedUsers(provisioned.sim()).size() + 1,
        funnel(provisioned, Platform.IOS).getTargetedUsers(),
        "the fenced-out round's removal was not stored");
    assertEquals(InstallState.UNKNOWN, InstallState.fromIntune("somethingNew"));
  }

  private static void sql(String statement) throws Exception {
    try (Connection db = dataSource().getConnection();
        PreparedStatement s = db.prepareStatement(statement)) {
      s.executeUpdate();
    }
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
  }
}
