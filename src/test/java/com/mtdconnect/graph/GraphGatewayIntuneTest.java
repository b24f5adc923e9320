package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AppConfigurationRequest;
import com.mtdconnect.graph.entity.AppInstallStatus;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.CompliancePolicyRequest;
import com.mtdconnect.graph.entity.ComplianceTarget;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.MobileAppRef;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.StoreAppRequest;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Provisioning through the real SDK: the bodies the SDK serialises pass the simulator's contract
 * checks (unknown property or missing block action would be a 400 and fail these tests).
 */
class GraphGatewayIntuneTest {

  private static final String PARTNER = "860d3ab4-8fd1-45f5-89cd-ecf51e4f92e5";
  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(31, 3));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void storeAppIsCreatedAssignedAndInstallsAsTheClockMoves() {
    SimulatedTenant t = fixture.simulator().tenant(0);
    TenantDirectory directory = fixture.simulator().directory(t);
    GraphGateway gateway = fixture.gateway();
    MobileAppRef app =
        gateway.createStoreApp(
            t.id(),
            new StoreAppRequest(
                MobilePlatform.IOS,
                "Contoso Shield",
                "Contoso",
                "Mobile threat defense",
                "com.contoso.shield",
                "https://apps.apple.com/app/id123456"));
    assertEquals(MobilePlatform.IOS, app.platform());
    assertEquals("published", app.publishingState());
    assertEquals(app, gateway.mobileApp(t.id(), app.id()).orElseThrow());
    assertTrue(gateway.mobileApp(t.id(), "00000000-0000-4000-8000-000000000000").isEmpty());

    String enroll = directory.group(1).orElseThrow().id();
    String exclude = directory.group(2).orElseThrow().id();
    gateway.assignApp(
        t.id(),
        app.id(),
        List.of(AssignmentTarget.include(enroll), AssignmentTarget.exclude(exclude)));
    List<AppInstallStatus> before = gateway.appInstallStatus(t.id(), app.id(), 500);
    assertFalse(before.isEmpty());
    assertTrue(before.stream().allMatch(s -> s.state().equals("pendingInstall")));
    assertTrue(before.stream().allMatch(s -> s.platform().equals("iOS")));

    fixture.simulator().clock().advance(Duration.ofDays(3));
    List<AppInstallStatus> after = gateway.appInstallStatus(t.id(), app.id(), 500);
    assertEquals(before.size(), after.size());
    assertTrue(after.stream().noneMatch(s -> s.state().equals("pendingInstall")));
    assertTrue(after.stream().anyMatch(s -> s.state().equals("installed")));

    List<AppInstallStatus> exported =
        gateway.appInstallStatusExport(
            t.id(), app.id(), Duration.ofMillis(50), Duration.ofSeconds(10));
    assertEquals(after, exported);
  }

  @Test
  void androidAppsConfigurationAndCompliancePoliciesForEveryModeAreAccepted() {
    SimulatedTenant t = fixture.simulator().tenant(1);
    String enroll = fixture.simulator().directory(t).group(1).orElseThrow().id();
    GraphGateway gateway = fixture.gateway();
    MobileAppRef android =
        gateway.createStoreApp(
            t.id(),
            new StoreAppRequest(
                MobilePlatform.ANDROID,
                "Contoso Shield",
                "Contoso",
                "Mobile threat defense",
                "com.contoso.shield",
                "https://play.google.com/store/apps/details?id=com.contoso.shield"));
    assertEquals(MobilePlatform.ANDROID, android.platform());
    MobileAppRef managedPlay =
        gateway.createStoreApp(
            t.id(),
            new StoreAppRequest(
                MobilePlatform.ANDROID_ENTERPRISE,
                "Contoso Shield",
                "Contoso",
                "Mobile threat defense",
                "com.contoso.shield",
                "https://play.google.com/store/apps/details?id=com.contoso.shield"));
    assertEquals(MobilePlatform.ANDROID_ENTERPRISE, managedPlay.platform());
    assertEquals(
        MobilePlatform.ANDROID_ENTERPRISE,
        gateway.mobileApp(t.id(), managedPlay.id()).orElseThrow().platform());
    gateway.assignApp(t.id(), managedPlay.id(), List.of(AssignmentTarget.include(enroll)));
    MobileAppRef ios =
        gateway.createStoreApp(
            t.id(),
            new StoreAppRequest(
                MobilePlatform.IOS,
                "Shield",
                "Contoso",
                "MTD",
                "com.contoso.shield",
                "https://apps.apple.com/app/id1"));
    String config =
        gateway.createAppConfiguration(
            t.id(),
            new AppConfigurationRequest(
                "Shield configuration", ios.id(), Map.of("tenantToken", "abc", "region", "eu")));
    gateway.assignAppConfiguration(t.id(), config, List.of(AssignmentTarget.include(enroll)));
    for (ComplianceTarget target : ComplianceTarget.values()) {
      String policy =
          gateway.createCompliancePolicy(
              t.id(),
              new CompliancePolicyRequest(
                  target, "MTD " + target, "Require MTD threat level", "medium", 24));
      assertEquals(
          1,
          gateway.assignCompliancePolicy(
              t.id(), policy, List.of(AssignmentTarget.include(enroll))));
    }
  }

  @Test
  void connectorHeartbeatsUntilItBreaksAndThenTurnsUnresponsive() {
    SimulatedTenant t = fixture.simulator().tenant(2);
    fixture.simulator().seedConnector(t, PARTNER);
    GraphGateway gateway = fixture.gateway();
    MtdConnectorState healthy = gateway.mtdConnectors(t.id()).get(0);
    assertEquals("enabled", healthy.partnerState());
    assertTrue(healthy.lastHeartbeat().isPresent());
    t.faults().connectorBroken(true);
    gateway.mtdConnectors(t.id());
    fixture.simulator().clock().advance(Duration.ofDays(8));
    MtdConnectorState broken = gateway.mtdConnectors(t.id()).get(0);
    assertEquals("unresponsive", broken.partnerState());
    t.faults().clear();
    assertEquals("enabled", gateway.mtdConnectors(t.id()).get(0).partnerState());
  }

  @Test
  void persistentServerErrorsBecomeGraphUnavailableAfterTheCappedRetries() {
    SimulatedTenant t = fixture.simulator().tenant(2);
    GraphGateway gateway =
        fixture.gateway(fixture.settings().withRetries(1, Duration.ofSeconds(5)));
    gateway.mtdConnectors(t.id());
    t.faults().serverErrorRate(1.0);
    try {
      GraphUnavailable e =
          assertThrows(GraphUnavailable.class, () -> gateway.mtdConnectors(t.id()));
      assertTrue(e.retryable());
      long calls =
          gateway.metrics().stream()
              .filter(m -> m.tenantId().equals(t.id()))
              .mapToLong(com.mtdconnect.graph.entity.CallMetrics::calls)
              .sum();
      assertEquals(3, calls, "1 good call, then 1 try + exactly 1 capped retry");
    } finally {
      t.faults().clear();
    }
  }

  @Test
  void aHangingTenantBecomesGraphUnavailableWithinTheReadTimeout() {
    SimulatedTenant t = fixture.simulator().tenant(1);
    GraphGateway gateway =
        fixture.gateway(
            fixture
                .settings()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700))
                .withRetries(0, Duration.ofSeconds(1)));
    gateway.mtdConnectors(t.id());
    t.faults().timeouts(1.0, Duration.ofSeconds(3));
    try {
      long started = System.nanoTime();
      assertThrows(GraphUnavailable.class, () -> gateway.mtdConnectors(t.id()));
      assertTrue((System.nanoTime() - started) / 1_000_000 < 2500);
    } finally {
      t.faults().clear();
    }
  }
}
