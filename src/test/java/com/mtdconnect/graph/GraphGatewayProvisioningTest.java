package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.GraphRequestRejected;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.graph.entity.MtdConnectorSpec;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provisioning reads and writes through the real SDK against the simulator: our objects are
 * found again by their marker, PATCH changes only what it names, DELETE removes, unknown ids are
 * 404s, and the connector is created, updated and removed under our partner id.
 */
class GraphGatewayProvisioningTest {

  private static final String PARTNER = "4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a";
  private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(37, 2));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void objectsOfBothPlatformsCarryTheirMarkerAndAreUpdatedAndDeleted() {
    SimulatedTenant t = fixture.simulator().tenant(0);
    GraphGateway gateway = fixture.gateway();
    for (MobilePlatform platform : List.of(MobilePlatform.IOS, MobilePlatform.ANDROID_ENTERPRISE)) {
      String p = platform.name().toLowerCase();
      IntuneObject app =
          gateway.createIntuneObject(
              t.id(),
              IntuneObjectSpec.storeApp(
                  platform,
                  p + ".app",
                  "Shield",
                  "Contoso",
                  "com.contoso.shield",
                  "https://store.example/shield"));
      assertEquals(p + ".app", app.markerKey().orElseThrow());
      IntuneObjectSpec configSpec =
          IntuneObjectSpec.appConfiguration(
              platform,
              p + ".config",
              "Shield configuration",
              "com.contoso.shield",
              app.id(),
              Map.of("tenantToken", "abc", "region", "eu"));
      IntuneObject config = gateway.createIntuneObject(t.id(), configSpec);
      assertEquals("region=eu; tenantToken=abc", config.fields().get("settings"));
      IntuneObjectSpec policySpec =
          IntuneObjectSpec.compliancePolicy(platform, p + ".compliance", "Shield MTD", "medium");
      IntuneObject policy = gateway.createIntuneObject(t.id(), policySpec);
      for (IntuneObjectSpec spec : List.of(configSpec, policySpec)) {
        IntuneObject read =
            gateway.intuneObjects(t.id(), spec.kind()).stream()
                .filter(o -> o.markerKey().equals(java.util.Optional.of(spec.objectKey())))
                .findFirst()
                .orElseThrow();
        for (var field : spec.managedFields().entrySet()) {
          assertEquals(field.getValue(), read.fields().get(field.getKey()), field.getKey());
        }
      }

      IntuneObjectSpec higher =
          IntuneObjectSpec.compliancePolicy(platform, p + ".compliance", "Shield MTD", "high");
      gateway.updateIntuneObject(t.id(), policy.id(), higher);
      IntuneObject updated =
          gateway
              .intuneObject(t.id(), IntuneObjectKind.COMPLIANCE_POLICY, policy.id())
              .orElseThrow();
      assertEquals("high", updated.fields().get("deviceThreatProtectionRequiredSecurityLevel"));
      assertEquals(higher.marker(), updated.fields().get("description"));

      IntuneObjectSpec newSettings =
          IntuneObjectSpec.appConfiguration(
              platform,
              p + ".config",
              "Shield configuration",
              "com.contoso.shield",
              app.id(),
              Map.of("tenantToken", "xyz"));
      gateway.updateIntuneObject(t.id(), config.id(), newSettings);
      assertEquals(
          "tenantToken=xyz",
          gateway
              .intuneObject(t.id(), IntuneObjectKind.APP_CONFIGURATION, config.id())
              .orElseThrow()
              .fields()
              .get("settings"));

      assertTrue(
          gateway.deleteIntuneObject(t.id(), IntuneObjectKind.COMPLIANCE_POLICY, policy.id()));
      assertFalse(
          gateway.deleteIntuneObject(t.id(), IntuneObjectKind.COMPLIANCE_POLICY, policy.id()));
      assertTrue(
          gateway.intuneObject(t.id(), IntuneObjectKind.COMPLIANCE_POLICY, policy.id()).isEmpty());
    }
    assertThrows(
        GraphRequestRejected.class,
        () ->
            gateway.updateIntuneObject(
                t.id(),
                UNKNOWN,
                IntuneObjectSpec.compliancePolicy(MobilePlatform.IOS, "x", "x", "low")));
    assertTrue(gateway.intuneObject(t.id(), IntuneObjectKind.MOBILE_APP, UNKNOWN).isEmpty());
  }

  @Test
  void assignmentsAreReadBackWithExclusionsAndOthersTargets() {
    SimulatedTenant t = fixture.simulator().tenant(1);
    GraphGateway gateway = fixture.gateway();
    String include = fixture.simulator().directory(t).group(1).orElseThrow().id();
    String exclude = fixture.simulator().directory(t).group(2).orElseThrow().id();
    for (IntuneObjectKind kind : IntuneObjectKind.values()) {
      IntuneObjectSpec spec =
          switch (kind) {
            case MOBILE_APP ->
                IntuneObjectSpec.storeApp(
                    MobilePlatform.IOS, "a", "Shield", "Contoso", "com.c.s", "https://x/y");
            case APP_CONFIGURATION ->
                IntuneObjectSpec.appConfiguration(
                    MobilePlatform.IOS, "c", "Shield config", "com.c.s", "app", Map.of("k", "v"));
            case COMPLIANCE_POLICY ->
                IntuneObjectSpec.compliancePolicy(MobilePlatform.IOS, "p", "Shield MTD", "low");
          };
      IntuneObject created = gateway.createIntuneObject(t.id(), spec);
      List<AssignmentTarget> targets =
          List.of(
              AssignmentTarget.include(include),
              AssignmentTarget.exclude(exclude),
              new AssignmentTarget(
                  AssignmentTarget.Kind.ALL_LICENSED_USERS, "", false, "available"));
      gateway.assign(t.id(), kind, created.id(), targets);
      List<AssignmentTarget> read = gateway.assignments(t.id(), kind, created.id());
      assertEquals(
          targets.stream().map(AssignmentTarget::targetKey).toList(),
          read.stream().map(AssignmentTarget::targetKey).toList(),
          kind.name());
      if (kind == IntuneObjectKind.MOBILE_APP) {
        assertEquals("available", read.get(2).appIntent());
      }
      gateway.assign(t.id(), kind, created.id(), List.of(AssignmentTarget.include(include)));
      assertEquals(1, gateway.assignments(t.id(), kind, created.id()).size(), "replace-all");
    }
  }

  @Test
  void ourConnectorIsCreatedUpdatedAndDeletedUnderOurPartnerId() {
    SimulatedTenant t = fixture.simulator().tenant(1);
    GraphGateway gateway = fixture.gateway();
    gateway.createMtdConnector(t.id(), new MtdConnectorSpec(PARTNER, true, false, 5));
    MtdConnectorState created =
        gateway.mtdConnectors(t.id()).stream()
            .filter(c -> c.id().equals(PARTNER))
            .findFirst()
            .orElseThrow();
    assertTrue(created.iosEnabled());
    assertFalse(created.androidEnabled());
    assertEquals(5, created.unresponsivenessThresholdDays());
    gateway.updateMtdConnector(t.id(), new MtdConnectorSpec(PARTNER, true, true, 9));
    MtdConnectorState updated =
        gateway.mtdConnectors(t.id()).stream()
            .filter(c -> c.id().equals(PARTNER))
            .findFirst()
            .orElseThrow();
    assertTrue(updated.androidEnabled());
    assertEquals(9, updated.unresponsivenessThresholdDays());
    assertTrue(gateway.deleteMtdConnector(t.id(), PARTNER));
    assertFalse(gateway.deleteMtdConnector(t.id(), PARTNER));
    assertTrue(gateway.mtdConnectors(t.id()).stream().noneMatch(c -> c.id().equals(PARTNER)));
  }
}
