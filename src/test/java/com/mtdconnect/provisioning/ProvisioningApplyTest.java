package com.mtdconnect.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.graph.entity.MtdConnectorSpec;
import com.mtdconnect.provisioning.control.ApplyEngine;
import com.mtdconnect.provisioning.control.DesiredState;
import com.mtdconnect.provisioning.control.Planner;
import com.mtdconnect.provisioning.control.SnapshotReader;
import com.mtdconnect.provisioning.control.StepRunner;
import com.mtdconnect.provisioning.entity.CatalogueApp;
import com.mtdconnect.provisioning.entity.CatalogueValues;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.PlanLine;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.StepState;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plan and apply against the simulated Intune through the real gateway: a fresh tenant plans
 * "create" everywhere, apply provisions it, a second plan is all "unchanged"; a fault between two
 * steps and a crash after a Graph call both resume without a duplicate; throttling is paced and the
 * run completes; offboarding removes exactly our objects.
 */
class ProvisioningApplyTest {

  static final String PARTNER = "7a1e5c3b-2d4f-4e6a-8b9c-0d1e2f3a4b5c";
  static final LocalDateTime AT = LocalDateTime.of(2026, 12, 4, 3, 0);
  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(53, 8));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  static CatalogueValues catalogue(String token) {
    return new CatalogueValues(
        Map.of(
            Platform.IOS,
            new CatalogueApp(
                Platform.IOS,
                "Shield Mobile",
                "Shield Security",
                "com.shield.mobile",
                "https://apps.apple.com/app/id1111111111",
                Map.of("tenantToken", token, "serverUrl", "https://mtd.example")),
            Platform.ANDROID,
            new CatalogueApp(
                Platform.ANDROID,
                "Shield Mobile",
                "Shield Security",
                "com.shield.mobile",
                "https://play.google.com/store/apps/details?id=com.shield.mobile",
                Map.of("tenantToken", token))),
        ThreatLevel.MEDIUM,
        7);
  }

  private static ProvisioningIntent intent(SimulatedTenant t) {
    TenantDirectory dir = fixture.simulator().directory(t);
    return new ProvisioningIntent(
        EnumSet.of(Platform.IOS, Platform.ANDROID),
        List.of(new TargetGroup(dir.group(1).orElseThrow().id(), "Sales")),
        List.of(new TargetGroup(dir.group(2).orElseThrow().id(), "Kiosks")),
        ThreatLevel.MEDIUM);
  }

  private static ProvisioningPlan plan(GraphGateway gateway, SimulatedTenant t, DesiredState d) {
    return Planner.provision(
        1, d, SnapshotReader.read(gateway, t.id(), Optional.empty()), Set.of(), AT);
  }

  private static MemoryJournal apply(
      GraphGateway gateway, SimulatedTenant t, DesiredState d, MemoryJournal journal) {
    ApplyEngine.run(
        journal.steps(), new StepRunner(gateway, t.id(), d, Set.of()), journal, duration -> {});
    return journal;
  }

  /** Our objects by marker key, counted through Graph. */
  private static Map<String, Long> ourObjects(GraphGateway gateway, SimulatedTenant t) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (IntuneObjectKind kind : IntuneObjectKind.values()) {
      for (IntuneObject o : gateway.intuneObjects(t.id(), kind)) {
        o.markerKey().ifPresent(k -> counts.merge(k, 1L, Long::sum));
      }
    }
    return counts;
  }

  private static void assertProvisionedOnce(GraphGateway gateway, SimulatedTenant t) {
    Map<String, Long> counts = ourObjects(gateway, t);
    assertEquals(
        Map.of(
            "android.app", 1L,
            "android.compliance", 1L,
            "android.config", 1L,
            "ios.app", 1L,
            "ios.compliance", 1L,
            "ios.config", 1L),
        counts);
    assertEquals(
        1, gateway.mtdConnectors(t.id()).stream().filter(c -> c.id().equals(PARTNER)).count());
  }

  @Test
  void freshTenantPlansCreateAppliesAndThenPlansUnchangedEverywhere() {
    SimulatedTenant t = fixture.simulator().tenant(0);
    GraphGateway gateway = fixture.gateway();
    DesiredState d = new DesiredState(intent(t), catalogue("abc"), PARTNER);
    ProvisioningPlan first = plan(gateway, t, d);
    assertEquals(13, first.lines().size());
    assertTrue(
        first.lines().stream().allMatch(l -> l.action() == PlanAction.CREATE), first.toString());

    MemoryJournal journal = apply(gateway, t, d, new MemoryJournal(first.lines()));
    assertTrue(journal.completed, journal.reason);
    assertProvisionedOnce(gateway, t);
    IntuneObject iosPolicy =
        gateway.intuneObjects(t.id(), IntuneObjectKind.COMPLIANCE_POLICY).stream()
            .filter(o -> o.markerKey().equals(Optional.of("ios.compliance")))
            .findFirst()
            .orElseThrow();
    assertEquals("medium", iosPolicy.fields().get("deviceThreatProtectionRequiredSecurityLevel"));
    List<AssignmentTarget> assigned =
        gateway.assignments(t.id(), IntuneObjectKind.COMPLIANCE_POLICY, iosPolicy.id());
    assertEquals(2, assigned.size());
    assertTrue(assigned.get(1).excluded());

    ProvisioningPlan second = plan(gateway, t, d);
    assertTrue(
        second.lines().stream().allMatch(l -> l.action() == PlanAction.UNCHANGED),
        second.lines().toString());
    assertTrue(second.nothingToChange());
  }

  @Test
  void aFaultBetweenTwoStepsStopsTheRunAndResumeCreatesNoDuplicate() {
    SimulatedTenant t = fixture.simulator().tenant(1);
    GraphGateway gateway =
        fixture.gateway(fixture.settings().withRetries(0, Duration.ofSeconds(1)));
    DesiredState d = new DesiredState(intent(t), catalogue("abc"), PARTNER);
    MemoryJournal journal = new MemoryJournal(plan(gateway, t, d).lines());
    int[] done = {0};
    journal.afterEachStep =
        () -> {
          if (++done[0] == 3) {
            t.faults().serverErrorRate(1.0);
          }
        };
    apply(gateway, t, d, journal);
    t.faults().clear();
    assertFalse(journal.completed);
    assertTrue(journal.reason.contains("Microsoft Graph"), journal.reason);
    PlanLine stopped = journal.lines.get(3);
    assertEquals(StepState.FAILED, journal.states.get(stopped.stepKey()));

    journal.afterEachStep = () -> {};
    apply(gateway, t, d, journal);
    assertTrue(journal.completed, journal.reason);
    assertProvisionedOnce(gateway, t);
  }

  @Test
  void aCrashAfterTheGraphCallBeforeRecordingResumesWithoutDuplicate() {
    SimulatedTenant t = fixture.simulator().tenant(2);
    GraphGateway gateway = fixture.gateway();
    DesiredState d = new DesiredState(intent(t), catalogue("abc"), PARTNER);
    MemoryJournal journal = new MemoryJournal(plan(gateway, t, d).lines());
    journal.crashBeforeRecording = key -> key.equals("ios.config");
    assertThrows(IllegalStateException.class, () -> apply(gateway, t, d, journal));
    assertEquals(StepState.RUNNING, journal.states.get("ios.config"));
    assertEquals(1L, ourObjects(gateway, t).get("ios.config"), "created before the crash");

    apply(gateway, t, d, journal);
    assertTrue(journal.completed, journal.reason);
    assertEquals("Already as planned.", journal.notes.get("ios.config"));
    assertProvisionedOnce(gateway, t);
  }

  @Test
  void throttlingDuringApplyIsPacedAndTheRunCompletes() {
    SimulatedTenant t = fixture.simulator().tenant(3);
    GraphGateway gateway =
        fixture.gateway(fixture.settings().withRetries(2, Duration.ofSeconds(5)));
    DesiredState d = new DesiredState(intent(t), catalogue("abc"), PARTNER);
    MemoryJournal journal = new MemoryJournal(plan(gateway, t, d).lines());
    t.faults().throttleRate(0.4, 0.05);
    int[] waits = {0};
    try {
      ApplyEngine.run(
          journal.steps(),
          new StepRunner(gateway, t.id(), d, Set.of()),
          journal,
          duration -> {
            waits[0]++;
            Thread.sleep(duration.toMillis());
          });
    } finally {
      t.faults().clear();
    }
    assertTrue(journal.completed, journal.reason);
    long throttled =
        gateway.metrics().stream()
            .filter(m -> m.tenantId().equals(t.id()))
            .mapToLong(CallMetrics::throttled)
            .sum();
    assertTrue(throttled > 0, "the simulator throttled some calls");
    assertProvisionedOnce(gateway, t);
  }

  @Test
  void changedCatalogueAndForeignAssignmentsPlanUpdatesThatKeepOthersAssignments() {
    SimulatedTenant t = fixture.simulator().tenant(4);
    GraphGateway gateway = fixture.gateway();
    DesiredState d = new DesiredState(intent(t), catalogue("abc"), PARTNER);
    apply(gateway, t, d, new MemoryJournal(plan(gateway, t, d).lines()));
    IntuneObject app =
        gateway.intuneObjects(t.id(), IntuneObjectKind.MOBILE_APP).stream()
            .filter(o -> o.markerKey().equals(Optional.of("ios.app")))
            .findFirst()
            .orElseThrow();
    String othersGroup = fixture.simulator().directory(t).group(3).orElseThrow().id();
    List<AssignmentTarget> withForeign =
        new java.util.ArrayList<>(
            gateway.assignments(t.id(), IntuneObjectKind.MOBILE_APP, app.id()));
    withForeign.add(
        new AssignmentTarget(AssignmentTarget.Kind.GROUP, othersGroup, false, "available"));
    gateway.assign(t.id(), IntuneObjectKind.MOBILE_APP, app.id(), withForeign);

    DesiredState changed =
        new DesiredState(
            new ProvisioningIntent(
                d.intent().platforms(),
                d.intent().included(),
                d.intent().excluded(),
                ThreatLevel.HIGH),
            catalogue("xyz"),
            PARTNER);
    ProvisioningPlan plan = plan(gateway, t, changed);
    PlanLine config = line(plan, "ios.config");
    assertEquals(PlanAction.UPDATE, config.action());
    assertEquals(
        "settings: serverUrl=https://mtd.example; tenantToken=abc → serverUrl=https://mtd.example;"
            + " tenantToken=xyz",
        config.getDetails());
    PlanLine policy = line(plan, "android.compliance");
    assertEquals(PlanAction.UPDATE, policy.action());
    assertEquals("deviceThreatProtectionRequiredSecurityLevel: medium → high", policy.getDetails());
    assertEquals(PlanAction.UNCHANGED, line(plan, "ios.app.assignments").action());
    assertTrue(
        line(plan, "ios.app.assignments").reason().contains("1 assignment(s) made by others"));

    MemoryJournal journal = apply(gateway, t, changed, new MemoryJournal(plan.lines()));
    assertTrue(journal.completed, journal.reason);
    assertTrue(plan(gateway, t, changed).nothingToChange());
    assertTrue(
        gateway.assignments(t.id(), IntuneObjectKind.MOBILE_APP, app.id()).stream()
            .anyMatch(a -> a.groupId().equals(othersGroup) && a.appIntent().equals("available")),
        "the customer's own assignment survives our replace-all assign");
  }

  @Test
  void anotherVendorsConnectorAndAMissingPermissionBlockTheirLines() {
    SimulatedTenant t = fixture.simulator().tenant(5);
    GraphGateway gateway = fixture.gateway();
    gateway.createMtdConnector(
        t.id(), new MtdConnectorSpec("0b0b0b0b-1111-4222-8333-444455556666", true, false, 7));
    DesiredState d = new DesiredState(intent(t), catalogue("abc"), PARTNER);
    ProvisioningPlan plan =
        Planner.provision(
            1,
            d,
            SnapshotReader.read(
                gateway,
                t.id(),
                Optional.of(
                    Set.of(
                        "DeviceManagementApps.ReadWrite.All",
                        "DeviceManagementServiceConfig.ReadWrite.All"))),
            Set.of(),
            AT);
    PlanLine connector = line(plan, "connector");
    assertEquals(PlanAction.BLOCKED, connector.action());
    assertTrue(connector.reason().contains("Another vendor's MTD connector"), connector.reason());
    assertTrue(connector.reason().contains("iOS"));
    PlanLine policy = line(plan, "ios.compliance");
    assertEquals(PlanAction.BLOCKED, policy.action());
    assertTrue(policy.reason().contains("DeviceManagementConfiguration.ReadWrite.All"));
    assertEquals(PlanAction.BLOCKED, line(plan, "ios.compliance.assignments").action());
    assertEquals(PlanAction.CREATE, line(plan, "ios.app").action());

    MemoryJournal journal = apply(gateway, t, d, new MemoryJournal(plan.lines()));
    assertTrue(journal.completed, journal.reason);
    assertEquals(StepState.SKIPPED, journal.states.get("connector"));
    assertFalse(ourObjects(gateway, t).containsKey("ios.compliance"));
  }

  @Test
  void offboardingRemovesExactlyOurObjectsAndConnectorAndLeavesOthers() {
    SimulatedTenant t = fixture.simulator().tenant(6);
    GraphGateway gateway = fixture.gateway();
    IntuneObject foreignApp =
        gateway.createIntuneObject(
            t.id(),
            new IntuneObjectSpec(
                IntuneObjectKind.MOBILE_APP,
                MobilePlatform.IOS,
                "x",
                "Customer's own app",
                "Customer",
                "com.customer.app",
                "https://apps.apple.com/app/id2",
                "",
                Map.of(),
                ""));
    gateway.updateIntuneObject(
        t.id(),
        foreignApp.id(),
        IntuneObjectSpec.storeApp(
            MobilePlatform.IOS,
            "x",
            "Customer's own app",
            "Customer",
            "com.customer.app",
            "https://apps.apple.com/app/id2"));
    String otherVendor = "0c0c0c0c-1111-4222-8333-444455556666";
    gateway.createMtdConnector(t.id(), new MtdConnectorSpec(otherVendor, false, false, 7));
    DesiredState d = new DesiredState(intent(t), catalogue("abc"), PARTNER);
    apply(gateway, t, d, new MemoryJournal(plan(gateway, t, d).lines()));
    // the foreign app's notes were overwritten with a marker above: make it truly foreign again
    fixture
        .simulator()
        .tenant(6)
        .intune()
        .get(com.mtdconnect.simulator.entity.IntuneObjects.Collection.MOBILE_APPS, foreignApp.id())
        .orElseThrow()
        .object()
        .addProperty("notes", "Deployed by the customer's IT");

    ProvisioningPlan offboard =
        Planner.offboard(1, SnapshotReader.read(gateway, t.id(), Optional.empty()), PARTNER, AT);
    assertEquals(7, offboard.lines().size(), offboard.lines().toString());
    assertTrue(offboard.lines().stream().allMatch(l -> l.action() == PlanAction.DELETE));
    MemoryJournal journal = new MemoryJournal(offboard.lines());
    ApplyEngine.run(
        journal.steps(), new StepRunner(gateway, t.id(), null, Set.of()), journal, x -> {});
    assertTrue(journal.completed, journal.reason);
    assertTrue(ourObjects(gateway, t).isEmpty());
    assertTrue(
        gateway.intuneObject(t.id(), IntuneObjectKind.MOBILE_APP, foreignApp.id()).isPresent());
    assertEquals(
        List.of(otherVendor), gateway.mtdConnectors(t.id()).stream().map(c -> c.id()).toList());
    assertTrue(
        Planner.offboard(1, SnapshotReader.read(gateway, t.id(), Optional.empty()), PARTNER, AT)
            .lines()
            .isEmpty());
  }

  static PlanLine line(ProvisioningPlan plan, String key) {
    return plan.lines().stream().filter(l -> l.stepKey().equals(key)).findFirst().orElseThrow();
  }
}
