package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.CredentialRejected;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphCredential;
import com.mtdconnect.graph.entity.PermissionMissing;
import com.mtdconnect.graph.entity.TenantGone;
import com.mtdconnect.graph.entity.WorkloadFamily;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import com.mtdconnect.testsupport.TestCertificates;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real MSAL4J and Graph SDK against the simulator on a loopback port: identity and reads. */
class GraphGatewayTest {

  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(5, 8));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static SimulatedTenant tenant(int index) {
    return fixture.simulator().tenant(index);
  }

  @Test
  void certificateAssertionIsAcceptedAndOneTokenRequestServesEachTenant() {
    GraphGateway gateway = fixture.gateway();
    SimulatedTenant a = tenant(0);
    SimulatedTenant b = tenant(1);
    int beforeA = a.tokenRequests();
    int beforeB = b.tokenRequests();
    for (int i = 0; i < 3; i++) {
      assertFalse(gateway.grantedAppRoles(a.id()).isEmpty());
      assertFalse(gateway.listGroups(b.id(), Optional.empty()).isEmpty());
    }
    assertEquals(1, a.tokenRequests() - beforeA);
    assertEquals(1, b.tokenRequests() - beforeB);
  }

  @Test
  void aTenantsCallTotalsAreItsOwnCountsOverEveryWorkloadFamily() {
    GraphGateway gateway = fixture.gateway();
    SimulatedTenant a = tenant(3);
    SimulatedTenant b = tenant(4);
    gateway.grantedAppRoles(a.id());
    gateway.listGroups(a.id(), Optional.empty());
    gateway.listGroups(b.id(), Optional.empty());
    for (SimulatedTenant t : List.of(a, b)) {
      long counted =
          gateway.metrics().stream()
              .filter(m -> m.tenantId().equals(t.id()))
              .mapToLong(CallMetrics::calls)
              .sum();
      assertTrue(counted > 0);
      assertEquals(counted, gateway.callTotals(t.id()).calls(), t.id());
      assertEquals(0, gateway.callTotals(t.id()).throttled(), t.id());
    }
    assertTrue(gateway.callTotals(a.id()).calls() > gateway.callTotals(b.id()).calls());
    assertEquals(0, gateway.callTotals("00000000-0000-0000-0000-00000000dead").calls());
  }

  @Test
  void grantedAppRolesAreWhatTheAdminConsentedTo() {
    SimulatedTenant t = tenant(2);
    List<GrantedAppRole> roles = fixture.gateway().grantedAppRoles(t.id());
    assertEquals(
        t.grantedRoles().stream()
            .map(GraphAppRole::id)
            .collect(java.util.stream.Collectors.toSet()),
        roles.stream().map(GrantedAppRole::appRoleId).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void aCertificateTheAppRegistrationDoesNotKnowIsRejected() {
    TestCertificates.KeyAndCertificate stranger = TestCertificates.create("stranger");
    GraphGateway gateway =
        fixture.gateway(
            fixture
                .settings()
                .withCredential(
                    GraphCredential.certificate(stranger.key(), stranger.certificate())));
    CredentialRejected e =
        assertThrows(CredentialRejected.class, () -> gateway.grantedAppRoles(tenant(3).id()));
    assertTrue(e.getMessage().contains("AADSTS700027"), e.getMessage());
  }

  @Test
  void aWrongSecretIsRejectedAndTheRightOneWorks() {
    GraphGateway wrong =
        fixture.gateway(fixture.settings().withCredential(GraphCredential.secret("wrong")));
    assertThrows(
        CredentialRejected.class, () -> wrong.listGroups(tenant(3).id(), Optional.empty()));
    GraphGateway right =
        fixture.gateway(
            fixture.settings().withCredential(GraphCredential.secret(SimulatorFixture.SECRET)));
    assertFalse(right.listGroups(tenant(3).id(), Optional.empty()).isEmpty());
  }

  @Test
  void revokedConsentBecomesConsentMissingAndADeletedTenantBecomesTenantGone() {
    SimulatedTenant revoked = tenant(4);
    revoked.revokeConsent();
    ConsentMissing missing =
        assertThrows(ConsentMissing.class, () -> fixture.gateway().grantedAppRoles(revoked.id()));
    assertTrue(missing.getMessage().contains("AADSTS7000229"), missing.getMessage());
    assertFalse(missing.retryable());
    SimulatedTenant deleted = tenant(5);
    deleted.delete();
    assertThrows(TenantGone.class, () -> fixture.gateway().managedDevices(deleted.id()));
  }

  @Test
  void anUnavailableTokenEndpointBecomesARetryableGraphUnavailable() {
    SimulatedTenant t = tenant(3);
    t.faults().tokenEndpointDown(true);
    try {
      com.mtdconnect.graph.entity.GraphUnavailable e =
          assertThrows(
              com.mtdconnect.graph.entity.GraphUnavailable.class,
              () -> fixture.gateway().mtdConnectors(t.id()));
      assertTrue(e.retryable());
    } finally {
      t.faults().clear();
    }
    assertTrue(fixture.gateway().mtdConnectors(t.id()).isEmpty());
  }

  @Test
  void aPermissionTheAdminRemovedBecomesPermissionMissing() {
    SimulatedTenant narrowed = tenant(6);
    narrowed.narrowGrant(
        Set.of(
            GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL,
            GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_WRITE_ALL));
    GraphGateway gateway = fixture.gateway();
    PermissionMissing e =
        assertThrows(PermissionMissing.class, () -> gateway.managedDevices(narrowed.id()));
    assertTrue(e.getMessage().contains("Forbidden"), e.getMessage());
    assertFalse(gateway.listGroups(narrowed.id(), Optional.empty()).isEmpty());
  }

  @Test
  void groupListingFollowsOpaqueNextLinksThroughEveryPage() {
    SimulatedTenant t = tenant(7);
    for (int i = 0; i < 5; i++) {
      fixture.simulator().directory(t).createGroup("Project " + i);
    }
    int expected = fixture.simulator().directory(t).groupIndices().size();
    GraphGateway gateway = fixture.gateway();
    List<DirectoryGroup> groups = gateway.listGroups(t.id(), Optional.empty(), 2);
    assertEquals(expected, groups.size());
    assertTrue(expected >= 6, "need at least 3 pages, have " + expected + " groups");
    long calls =
        gateway.metrics().stream()
            .filter(m -> m.tenantId().equals(t.id()) && m.family() == WorkloadFamily.DIRECTORY)
            .mapToLong(CallMetrics::calls)
            .sum();
    assertEquals((expected + 1) / 2, calls);
  }

  @Test
  void groupMembersAreReadThroughTransitiveMembers() {
    SimulatedTenant t = tenant(1);
    var directory = fixture.simulator().directory(t);
    List<String> expected = directory.members(1).stream().map(u -> directory.user(u).id()).toList();
    assertEquals(
        expected,
        fixture.gateway().groupMemberUserIds(t.id(), directory.group(1).orElseThrow().id()));
  }

  @Test
  void creatingAGroupNeedsTheOptionalGroupCreatePermission() {
    SimulatedTenant t = tenant(2);
    assertThrows(
        PermissionMissing.class,
        () -> fixture.gateway().createSecurityGroup(t.id(), "MTD Pilot", "mtdpilot"));
    java.util.Set<GraphAppRole> roles = new java.util.HashSet<>(t.grantedRoles());
    roles.add(GraphAppRole.GROUP_CREATE);
    t.grantConsent(roles);
    DirectoryGroup created = fixture.gateway().createSecurityGroup(t.id(), "MTD Pilot", "mtdpilot");
    assertEquals("MTD Pilot", created.displayName());
    assertTrue(created.securityEnabled());
    assertTrue(
        fixture.gateway().listGroups(t.id(), Optional.of("displayName eq 'MTD Pilot'")).size()
            == 1);
  }

  @Test
  void groupCountComesFromTheCountSegmentAsAPlainNumber() {
    SimulatedTenant t = tenant(0);
    assertEquals(
        fixture.simulator().directory(t).groupIndices().size(),
        fixture.gateway().countGroups(t.id()));
  }

  @Test
  void groupSearchUsesEventualConsistency() {
    List<DirectoryGroup> found = fixture.gateway().searchGroups(tenant(1).id(), "MTD", 10);
    assertEquals(
        Set.of("MTD-Enroll", "MTD-Exclude"),
        found.stream()
            .map(DirectoryGroup::displayName)
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void managedDevicesAndIntuneDiscoveryArriveInOurOwnTypes() {
    SimulatedTenant t = tenant(1);
    GraphGateway gateway = fixture.gateway();
    assertEquals(t.deviceCount(), gateway.managedDevices(t.id()).size());
    assertFalse(gateway.intuneServiceEndpoints(t.id()).isEmpty());
    String user = fixture.simulator().directory(t).user(0).id();
    assertEquals(t.deviceEndOf(0) - t.firstDeviceOf(0), gateway.ownedDevices(t.id(), user).size());
  }
}
