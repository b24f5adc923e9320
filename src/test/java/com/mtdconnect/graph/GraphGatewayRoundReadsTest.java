package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.DeltaExpired;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GroupChange;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.ManagedDeviceState;
import com.mtdconnect.graph.entity.MobileAppRef;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.graph.entity.StoreAppRequest;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A polling round's first reads as one {@code $batch} through the real SDK against the simulator:
 * every read answered on its own, next pages followed, an idle round one request.
 */
class GraphGatewayRoundReadsTest {

  private static final String PARTNER = "5d0a7c3e-1b2f-4e6a-8c9d-0f1e2d3c4b5a";
  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(41, 4).withDeltaPageSize(2));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void allFirstReadsAreOneBatchAndAnIdleDeltaIsOneRequest() {
    SimulatedTenant t = fixture.simulator().tenant(0);
    fixture.simulator().seedConnector(t, PARTNER);
    TenantDirectory dir = fixture.simulator().directory(t);
    GraphGateway gateway = fixture.gateway();
    MobileAppRef app =
        gateway.createStoreApp(
            t.id(),
            new StoreAppRequest(
                MobilePlatform.IOS,
                "Shield",
                "Contoso",
                "MTD",
                "com.contoso.shield",
                "https://apps.apple.com/app/id1"));
    String enroll = dir.group(1).orElseThrow().id();
    gateway.assignApp(t.id(), app.id(), List.of(AssignmentTarget.include(enroll)));

    RoundReads reads =
        RoundReads.none()
            .withGroupDelta(Optional.empty())
            .withManagedDevices()
            .withInstallStatus(app.id())
            .withMtdConnectors();
    RoundAnswers full = gateway.roundReads(t.id(), reads);
    GroupDelta delta = full.groupDelta().orElseThrow().get();
    assertTrue(
        delta.pages() > 1,
        "paged: "
            + delta.pages()
            + " pages, "
            + delta.changes().size()
            + " groups, "
            + dir.groupIndices().size());
    assertEquals(delta.pages(), full.requests(), "one batch, then the delta's next pages");
    List<ManagedDeviceState> devices = full.managedDevices().orElseThrow().get();
    assertFalse(devices.isEmpty());
    assertTrue(devices.stream().allMatch(d -> d.userId().isPresent()));
    assertEquals(
        gateway.appInstallStatus(t.id(), app.id(), 1000), full.installStatus().get(app.id()).get());
    assertTrue(
        full.mtdConnectors().orElseThrow().get().stream().anyMatch(c -> c.id().equals(PARTNER)));

    RoundAnswers idle =
        gateway.roundReads(t.id(), reads.withGroupDelta(Optional.of(delta.deltaLink())));
    assertEquals(1, idle.requests());
    System.out.println(
        "[measure] idle round's first reads (group delta, managed devices, 1 install report, MTD"
            + " connectors): "
            + idle.requests()
            + " HTTP request(s) for 1 tenant");
    assertTrue(idle.groupDelta().orElseThrow().get().changes().isEmpty());

    String user = dir.user(dir.members(1).get(0)).id();
    dir.removeMember(enroll, user);
    GroupDelta changed =
        gateway
            .roundReads(
                t.id(),
                RoundReads.none()
                    .withGroupDelta(Optional.of(idle.groupDelta().get().get().deltaLink())))
            .groupDelta()
            .orElseThrow()
            .get();
    GroupChange change =
        changed.changes().stream()
            .filter(c -> c.groupId().equals(enroll))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(user), change.removedMemberIds());
  }

  @Test
  void theCompliancePoliciesAreAStepOfTheSameBatchWithIntunesLastChange() {
    SimulatedTenant t = fixture.simulator().tenant(2);
    GraphGateway gateway = fixture.gateway();
    IntuneObjectSpec spec =
        IntuneObjectSpec.compliancePolicy(
            MobilePlatform.IOS,
            "policy.ios.compliance",
            "Shield (iOS)",
            "medium",
            Map.of("securityBlockJailbrokenDevices", "true"),
            "block",
            24);
    IntuneObject created = gateway.createIntuneObject(t.id(), spec);
    RoundReads reads = RoundReads.none().withMtdConnectors().withCompliancePolicies();

    RoundAnswers before = gateway.roundReads(t.id(), reads);
    assertEquals(1, before.requests(), "connectors and compliance policies: one batch");
    IntuneObject read =
        before.compliancePolicies().orElseThrow().get().stream()
            .filter(o -> o.id().equals(created.id()))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("policy.ios.compliance"), read.markerKey());
    assertEquals("medium", read.fields().get("deviceThreatProtectionRequiredSecurityLevel"));
    Instant firstChange = read.lastModified().orElseThrow();

    fixture.simulator().clock().advance(Duration.ofMinutes(5));
    fixture
        .simulator()
        .changeCompliancePolicy(
            t, created.id(), "deviceThreatProtectionRequiredSecurityLevel", "high");
    IntuneObject after =
        gateway.roundReads(t.id(), reads).compliancePolicies().orElseThrow().get().stream()
            .filter(o -> o.id().equals(created.id()))
            .findFirst()
            .orElseThrow();
    assertEquals("high", after.fields().get("deviceThreatProtectionRequiredSecurityLevel"));
    Duration moved = Duration.between(firstChange, after.lastModified().orElseThrow());
    assertTrue(
        moved.compareTo(Duration.ofMinutes(5)) >= 0 && moved.compareTo(Duration.ofMinutes(6)) < 0,
        "an administrator's change moves lastModifiedDateTime as a PATCH does: " + moved);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            fixture
                .simulator()
                .changeCompliancePolicy(t, created.id(), "scheduledActionsForRule", "[]"),
        "write-on-create: Intune refuses it in a change, from the admin center as by PATCH");
  }

  @Test
  void theConsentChecksGrantIsAStepOfTheSameBatchAndANarrowedOrRevokedGrantShows() {
    SimulatedTenant t = fixture.simulator().tenant(3);
    GraphGateway gateway = fixture.gateway();
    RoundReads reads = RoundReads.none().withMtdConnectors().withGrantedAppRoles();
    RoundAnswers answers = gateway.roundReads(t.id(), reads);
    assertEquals(1, answers.requests(), "connectors and the grant: one batch");
    assertEquals(
        roleIds(gateway.grantedAppRoles(t.id())),
        roleIds(answers.grantedAppRoles().orElseThrow().get()),
        "the same grant as the gateway's own read (service principal, then its assignments)");
    assertTrue(
        roleIds(answers.grantedAppRoles().get().get())
            .contains(GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL.id()));

    t.narrowGrant(Set.of(GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL));
    Set<String> narrowed =
        roleIds(gateway.roundReads(t.id(), reads).grantedAppRoles().orElseThrow().get());
    assertFalse(narrowed.contains(GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL.id()));
    assertEquals(roleIds(gateway.grantedAppRoles(t.id())), narrowed);

    t.revokeConsent();
    GraphFailure failure;
    try {
      failure =
          gateway.roundReads(t.id(), reads).grantedAppRoles().orElseThrow().failure().orElseThrow();
    } catch (GraphFailure refused) {
      failure = refused; // the batch's token refused: the same for the consent check
    }
    assertInstanceOf(ConsentMissing.class, failure, failure.getMessage());
  }

  private static Set<String> roleIds(List<GrantedAppRole> roles) {
    return roles.stream().map(r -> r.appRoleId().toLowerCase()).collect(Collectors.toSet());
  }

  @Test
  void anExpiredDeltaFailsOnlyItsOwnStep() {
    SimulatedTenant t = fixture.simulator().tenant(1);
    GraphGateway gateway = fixture.gateway();
    RoundAnswers first =
        gateway.roundReads(t.id(), RoundReads.none().withGroupDelta(Optional.empty()));
    String link = first.groupDelta().orElseThrow().get().deltaLink();
    t.expireDeltaTokens();
    RoundAnswers answers =
        gateway.roundReads(
            t.id(), RoundReads.none().withGroupDelta(Optional.of(link)).withManagedDevices());
    assertInstanceOf(
        DeltaExpired.class, answers.groupDelta().orElseThrow().failure().orElseThrow());
    assertFalse(answers.managedDevices().orElseThrow().get().isEmpty());
    assertEquals(1, answers.requests());
  }
}
