package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.TenantDiscovery;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.ResolvedTenant;
import com.mtdconnect.graph.entity.UnknownTenant;
import com.mtdconnect.simulator.boundary.SimulatorEndpoints;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registration's check with Microsoft: the OpenID configuration document, from the simulator. */
class TenantDiscoveryTest {

  private static SimulatorFixture fixture;
  private static TenantDiscovery discovery;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(42, 5));
    discovery =
        new TenantDiscovery(
            new SimulatorEndpoints(URI.create(fixture.baseUrl())), Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void aDomainResolvesToItsTenantId() {
    SimulatedTenant tenant = fixture.simulator().tenant(1);
    ResolvedTenant resolved = discovery.resolve(" " + tenant.domain().toUpperCase() + " ");
    assertEquals(tenant.id(), resolved.getTenantId());
    assertEquals(tenant.domain(), resolved.getQueried());
    assertTrue(resolved.isNamedByDomain());
  }

  @Test
  void aTenantIdResolvesToItself() {
    SimulatedTenant tenant = fixture.simulator().tenant(2);
    ResolvedTenant resolved = discovery.resolve(tenant.id());
    assertEquals(tenant.id(), resolved.getTenantId());
    assertFalse(resolved.isNamedByDomain());
  }

  @Test
  void anUnknownDomainIsRefusedInPlainWords() {
    UnknownTenant refused =
        assertThrows(UnknownTenant.class, () -> discovery.resolve("no-such-tenant.example.com"));
    assertTrue(refused.getMessage().contains("Microsoft knows no tenant"), refused.getMessage());
    assertFalse(refused.retryable());
  }

  @Test
  void aNameThatIsNoDomainOrIdIsRefusedBeforeAskingEntra() {
    for (String name :
        new String[] {"..", "-contoso.com", "contoso..com", "a.b-", "", "x".repeat(254)}) {
      assertThrows(UnknownTenant.class, () -> discovery.resolve(name), name);
    }
  }

  @Test
  void anUnknownTenantIdAndADeletedTenantAreRefusedLikeEntra() {
    assertThrows(
        UnknownTenant.class, () -> discovery.resolve("00000000-1111-4222-8333-444444444444"));
    SimulatedTenant deleted = fixture.simulator().tenant(4);
    deleted.delete();
    assertThrows(UnknownTenant.class, () -> discovery.resolve(deleted.domain()));
  }

  @Test
  void anUnreachableEntraIsAFailureWorthRetrying() {
    TenantDiscovery nowhere =
        new TenantDiscovery(
            new SimulatorEndpoints(URI.create("http://127.0.0.1:9")), Duration.ofSeconds(2));
    GraphUnavailable failure =
        assertThrows(GraphUnavailable.class, () -> nowhere.resolve("contoso.onmicrosoft.com"));
    assertTrue(failure.retryable());
    assertTrue(failure.getMessage().contains("could not be reached"), failure.getMessage());
  }
}
