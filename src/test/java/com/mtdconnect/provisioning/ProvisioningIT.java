package com.mtdconnect.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.provisioning.boundary.AppCatalogueAdministration;
import com.mtdconnect.provisioning.boundary.InstallStatusCheck;
import com.mtdconnect.provisioning.boundary.TenantProvisioning;
import com.mtdconnect.provisioning.entity.CatalogueDraft;
import com.mtdconnect.provisioning.entity.InstallCount;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.PlanLine;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.provisioning.entity.RunState;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.testsupport.AuditRecords;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.MovableClock;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Provisioning inside the server, against MariaDB and the simulator: plan, apply in the background
 * on the managed executor with progress in the database, a fault injected between two steps then
 * resume without duplicates (checked through Graph), throttling paced to completion, a run whose
 * worker vanished offered for resume, a second plan all unchanged, offboarding that removes exactly
 * our objects, install status, the catalogue's permission, every step audited.
 */
@PortalIT
class ProvisioningIT {

  private static final String ADMIN = "prov-admin";
  private static final String READER = "prov-reader";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(ProvisioningIT.class);
  }

  private static <T> T get(Class<T> type) {
    return CDI.current().select(type).get();
  }

  private static <T> T as(String username, Supplier<T> call) {
    RoleAssignments assignments = get(RoleAssignments.class);
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT provisioning admin",
        BuiltInRole.MSP_ADMINISTRATOR,
        ADMIN,
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT provisioning reader",
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

  /** The registered tenant of a simulated tenant (by tenant id or primary domain). */
  private static long tenantOf(SimulatedTenant simulated) throws Exception {
    try (Connection db = dataSource().getConnection();
        PreparedStatement q =
            db.prepareStatement("SELECT id FROM tenant WHERE directory_id IN (?, ?)")) {
      q.setString(1, simulated.id());
      q.setString(2, simulated.domain());
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next(), "tenant of " + simulated.id() + " registered");
        return r.getLong(1);
      }
    }
  }

  private static ProvisioningIntent intent(SimulatedTenant t, Platform... platforms) {
    TenantDirectory dir = cloud().directory(t);
    return new ProvisioningIntent(
        EnumSet.copyOf(List.of(platforms)),
        List.of(
            new TargetGroup(
                dir.group(1).orElseThrow().id(), dir.group(1).orElseThrow().displayName())),
        List.of(
            new TargetGroup(
                dir.group(2).orElseThrow().id(), dir.group(2).orElseThrow().displayName())),
        ThreatLevel.MEDIUM);
  }

  /** Waits (bounded) until the background run is no longer running. */
  private static ProvisioningProgress awaitRun(long tenantId) throws InterruptedException {
    TenantProvisioning provisioning = get(TenantProvisioning.class);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      ProvisioningProgress p = as(ADMIN, () -> provisioning.progress(tenantId));
      if (p.getLatest() != null && p.getLatest().getState() != RunState.RUNNING) {
        return p;
      }
      assertTrue(System.nanoTime() < deadline, "the run finishes within two minutes");
      Thread.sleep(100);
    }
  }

  /** Our objects per marker key in the simulated Intune, read through Graph. */
  private static Map<String, Integer> ours(SimulatedTenant t) {
    GraphGateway gateway = get(GraphGateway.class);
    Map<String, Integer> counts = new TreeMap<>();
    for (IntuneObjectKind kind : IntuneObjectKind.values()) {
      for (IntuneObject o : gateway.intuneObjects(t.id(), kind)) {
        o.markerKey().ifPresent(k -> counts.merge(k, 1, Integer::sum));
      }
    }
    return counts;
  }

  private static final Map<String, Integer> BOTH_PLATFORMS_ONCE =
      Map.of(
          "android.app", 1,
          "android.compliance", 1,
          "android.config", 1,
          "ios.app", 1,
          "ios.compliance", 1,
          "ios.config", 1);

  private static PlanLine line(ProvisioningPlan plan, String key) {
    return plan.lines().stream().filter(l -> l.stepKey().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void planApplyInTheBackgroundThenUnchangedInstallStatusAndOffboardingOfExactlyOurs()
      throws Exception {
    SimulatedTenant contoso = cloud().tenant(1);
    long tenantId = tenantOf(contoso);
    TenantProvisioning provisioning = get(TenantProvisioning.class);
    long before = latestAuditId();

    ProvisioningPlan plan =
        as(
            ADMIN,
            () -> provisioning.plan(tenantId, intent(contoso, Platform.IOS, Platform.ANDROID)));
    assertEquals(13, plan.lines().size());
    PlanLine connector = line(plan, "connector");
    assertTrue(
        connector.action() == PlanAction.UNCHANGED
            || connector.getDetails().startsWith("partnerUnresponsivenessThresholdInDays:"),
        "the demo's connector is ours, enabled for both platforms (other tests may change the"
            + " catalogue's threshold): "
            + connector);
    assertEquals(12, plan.count(PlanAction.CREATE), plan.lines().toString());

    as(ADMIN, () -> provisioning.apply(tenantId));
    ProvisioningProgress done = awaitRun(tenantId);
    assertEquals(RunState.DONE, done.getLatest().getState(), done.getLatest().getReason());
    assertEquals(BOTH_PLATFORMS_ONCE, ours(contoso));
    List<String> audited = actionsAfter(before);
    assertEquals("PROVISIONING_PLANNED", audited.get(0));
    assertEquals("PROVISIONING_RUN_STARTED", audited.get(1));
    assertEquals(
        13,
        audited.stream().filter(a -> a.equals("PROVISIONING_STEP_DONE")).count(),
        audited.toString());
    assertEquals("PROVISIONING_RUN_COMPLETED", audited.get(audited.size() - 1));

    ProvisioningPlan again = as(READER, () -> provisioning.currentPlan(tenantId));
    assertTrue(
        again.lines().stream().allMatch(l -> l.action() == PlanAction.UNCHANGED),
        again.lines().toString());
    assertThrows(AccessDenied.class, () -> as(READER, () -> provisioning.apply(tenantId)));

    InstallStatusCheck installStatusCheck = get(InstallStatusCheck.class);
    List<InstallCount> install = as(READER, () -> installStatusCheck.read(tenantId));
    assertFalse(install.isEmpty());
    assertTrue(
        install.stream().allMatch(c -> c.state().equals("pendingInstall")), install.toString());

    GraphGateway gateway = get(GraphGateway.class);
    IntuneObject customers =
        gateway.createIntuneObject(
            contoso.id(),
            IntuneObjectSpec.compliancePolicy(
                MobilePlatform.IOS, "customer-own", "Customer's baseline", "low"));
    // the customer's own policy: no marker
    cloud()
        .tenant(1)
        .intune()
        .get(
            com.mtdconnect.simulator.entity.IntuneObjects.Collection.COMPLIANCE_POLICIES,
            customers.id())
        .orElseThrow()
        .object()
        .addProperty("description", "Contoso baseline");
    ProvisioningPlan offboard = as(ADMIN, () -> provisioning.offboardPlan(tenantId));
    assertEquals(7, offboard.lines().size(), offboard.lines().toString());
    assertTrue(offboard.lines().stream().allMatch(l -> l.action() == PlanAction.DELETE));
    as(ADMIN, () -> provisioning.offboard(tenantId));
    ProvisioningProgress offboarded = awaitRun(tenantId);
    assertEquals(
        RunState.DONE, offboarded.getLatest().getState(), offboarded.getLatest().getReason());
    assertEquals(Map.of(), ours(contoso));
    assertTrue(
        gateway
            .intuneObject(contoso.id(), IntuneObjectKind.COMPLIANCE_POLICY, customers.id())
            .isPresent());
    assertTrue(gateway.mtdConnectors(contoso.id()).isEmpty(), "our connector is deleted");
    assertEquals(
        com.mtdconnect.provisioning.entity.PlanPurpose.PROVISION,
        offboarded.getHistory().get(0).getPurpose(),
        "the provisioning run stays in the history");
    assertEquals(RunState.DONE, offboarded.getHistory().get(0).getState());
  }

  @Test
  void aFaultBetweenTwoStepsStopsTheRunAndResumeFinishesWithoutDuplicates() throws Exception {
    SimulatedTenant t = cloud().tenant(9);
    long tenantId = tenantOf(t);
    TenantProvisioning provisioning = get(TenantProvisioning.class);
    as(ADMIN, () -> provisioning.plan(tenantId, intent(t, Platform.IOS, Platform.ANDROID)));
    t.faults().addedLatency(Duration.ofMillis(150));
    try {
      as(ADMIN, () -> provisioning.apply(tenantId));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (as(ADMIN, () -> provisioning.progress(tenantId)).getLatest().finishedSteps() < 3) {
        assertTrue(System.nanoTime() < deadline, "three steps finish");
        Thread.sleep(20);
      }
      t.faults().serverErrorRate(1.0);
      ProvisioningProgress stopped = awaitRun(tenantId);
      assertEquals(RunState.STOPPED, stopped.getLatest().getState());
      assertTrue(stopped.isResumable());
      assertTrue(
          stopped.getLatest().getReason().contains("Microsoft Graph"),
          stopped.getLatest().getReason());
    } finally {
      t.faults().clear();
    }
    as(ADMIN, () -> provisioning.apply(tenantId));
    ProvisioningProgress resumed = awaitRun(tenantId);
    assertEquals(RunState.DONE, resumed.getLatest().getState(), resumed.getLatest().getReason());
    assertTrue(resumed.getHistory().isEmpty(), "resume continued the same run");
    assertEquals(BOTH_PLATFORMS_ONCE, ours(t));
  }

  @Test
  void throttlingDuringApplyIsPacedAndTheRunCompletes() throws Exception {
    SimulatedTenant fabrikam = cloud().tenant(3);
    long tenantId = tenantOf(fabrikam);
    TenantProvisioning provisioning = get(TenantProvisioning.class);
    // Intune throttles half of the writes; reads (the plan) go through
    fabrikam.faults().throttleWrites(0.5, 0.2);
    try {
      as(ADMIN, () -> provisioning.plan(tenantId, intent(fabrikam, Platform.IOS)));
      as(ADMIN, () -> provisioning.apply(tenantId));
      ProvisioningProgress done = awaitRun(tenantId);
      assertEquals(RunState.DONE, done.getLatest().getState(), done.getLatest().getReason());
    } finally {
      fabrikam.faults().clear();
    }
    assertEquals(Map.of("ios.app", 1, "ios.compliance", 1, "ios.config", 1), ours(fabrikam));
    assertTrue(
        get(GraphGateway.class).metrics().stream()
                .filter(
                    m ->
                        m.tenantId().equals(fabrikam.id())
                            || m.tenantId().equals(fabrikam.domain()))
                .mapToLong(m -> m.throttled())
                .sum()
            > 0,
        "Microsoft throttled some of the calls");
  }

  @Test
  void aRunWhoseWorkerVanishedIsOfferedForResumeAndResumes() throws Exception {
    SimulatedTenant t = cloud().tenant(10);
    long tenantId = tenantOf(t);
    TenantProvisioning provisioning = get(TenantProvisioning.class);
    as(ADMIN, () -> provisioning.plan(tenantId, intent(t, Platform.ANDROID)));
    as(ADMIN, () -> provisioning.apply(tenantId));
    long runId = awaitRun(tenantId).getLatest().getId();
    // the node died in the middle: the run still says RUNNING and its last steps never ran
    try (Connection db = dataSource().getConnection()) {
      db.createStatement()
          .executeUpdate(
              "UPDATE provisioning_run SET state = 'RUNNING', finished_at = NULL WHERE id = "
                  + runId);
      db.createStatement()
          .executeUpdate(
              "UPDATE provisioning_step SET state = 'PENDING', note = '' WHERE run_id = "
                  + runId
                  + " AND position >= 4");
    }
    assertTrue(as(ADMIN, () -> provisioning.progress(tenantId)).isActive(), "fresh heartbeat");
    MovableClock clock = get(MovableClock.class);
    clock.advance(Duration.ofMinutes(3));
    ProvisioningProgress stale = as(ADMIN, () -> provisioning.progress(tenantId));
    assertTrue(stale.isStale());
    assertTrue(stale.isResumable());
    assertFalse(stale.isActive());
    as(ADMIN, () -> provisioning.apply(tenantId));
    ProvisioningProgress done = awaitRun(tenantId);
    assertEquals(RunState.DONE, done.getLatest().getState());
    assertEquals(runId, done.getLatest().getId());
    assertEquals(Map.of("android.app", 1, "android.compliance", 1, "android.config", 1), ours(t));
  }

  @Test
  void onlyCatalogueUpdateHoldersChangeTheCatalogueAndBadInputIsRefused() {
    AppCatalogueAdministration catalogue = get(AppCatalogueAdministration.class);
    CatalogueDraft draft = CatalogueDraft.of(as(READER, () -> catalogue.current()).orElseThrow());
    long version = as(READER, () -> catalogue.current()).orElseThrow().getVersion();
    assertThrows(AccessDenied.class, () -> as(READER, () -> catalogue.save(version, draft)));
    draft.setIosStoreUrl("http://example.com/app");
    assertThrows(
        jakarta.validation.ConstraintViolationException.class,
        () -> as(ADMIN, () -> catalogue.save(version, draft)));
  }

  private static List<String> actionsAfter(long id) throws Exception {
    List<String> actions = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT action FROM audit_event WHERE id > ? AND actor = ? ORDER BY id")) {
      q.setLong(1, id);
      q.setString(2, ADMIN);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          actions.add(r.getString(1));
        }
      }
    }
    return actions;
  }

  private static long latestAuditId() throws Exception {
    try (Connection db = dataSource().getConnection()) {
      return AuditRecords.latestId(db);
    }
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
  }
}
