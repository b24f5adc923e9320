package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AppDisabledInTenant;
import com.mtdconnect.graph.entity.BlockedByConditionalAccess;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Token-endpoint refusals reach the caller as our own failures with plain messages. */
class GraphGatewayTokenFailuresTest {

  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(17, 4));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void aDisabledEnterpriseAppIsAnAppProblemInThatTenantOnly() {
    SimulatedTenant disabled = fixture.simulator().tenant(0);
    SimulatedTenant other = fixture.simulator().tenant(1);
    disabled.disableApp();
    GraphGateway gateway = fixture.gateway();
    AppDisabledInTenant e =
        assertThrows(AppDisabledInTenant.class, () -> gateway.grantedAppRoles(disabled.id()));
    assertFalse(e.retryable());
    assertEquals(disabled.id(), e.tenantId());
    assertTrue(e.getMessage().contains("AADSTS7000112"), e.getMessage());
    assertTrue(e.getMessage().contains("disabled sign-in for our app"), e.getMessage());
    assertTrue(e.getMessage().contains("enables the MTD Connect enterprise app"), e.getMessage());
    assertFalse(gateway.listGroups(other.id(), Optional.empty()).isEmpty());
    disabled.enableApp();
    assertFalse(gateway.grantedAppRoles(disabled.id()).isEmpty());
  }

  @Test
  void conditionalAccessTellsTheOperatorThatTheCustomersAdminMustExcludeTheApp() {
    SimulatedTenant blocked = fixture.simulator().tenant(2);
    blocked.faults().conditionalAccessBlock(true);
    try {
      BlockedByConditionalAccess e =
          assertThrows(
              BlockedByConditionalAccess.class,
              () -> fixture.gateway().managedDevices(blocked.id()));
      assertFalse(e.retryable());
      assertTrue(e.getMessage().contains("AADSTS53003"), e.getMessage());
      assertTrue(
          e.getMessage().contains("customer's admin must exclude the MTD Connect app"),
          e.getMessage());
    } finally {
      blocked.faults().clear();
    }
  }

  @Test
  void a429FromTheTokenEndpointIsThrottledWithItsRetryAfter() {
    SimulatedTenant t = fixture.simulator().tenant(3);
    t.faults().tokenThrottled(7);
    try {
      int before = t.tokenRequests();
      GraphThrottled e =
          assertThrows(GraphThrottled.class, () -> fixture.gateway().mtdConnectors(t.id()));
      assertTrue(e.retryable());
      assertEquals(Duration.ofSeconds(7), e.retryAfter());
      assertTrue(e.getMessage().contains("token endpoint answered 429"), e.getMessage());
      assertEquals(1, t.tokenRequests() - before, "MSAL must not retry a 429 by itself");
    } finally {
      t.faults().clear();
    }
    assertTrue(fixture.gateway().mtdConnectors(t.id()).isEmpty());
  }

  @Test
  void theGatewayHonoursTheTokenEndpointsRetryAfterWithoutAskingAgain() {
    SimulatedTenant t = fixture.simulator().tenant(2);
    var gateway = fixture.gateway();
    t.faults().tokenThrottled(60);
    try {
      assertThrows(GraphThrottled.class, () -> gateway.mtdConnectors(t.id()));
      int after = t.tokenRequests();
      t.faults().clear();
      GraphThrottled again =
          assertThrows(GraphThrottled.class, () -> gateway.mtdConnectors(t.id()));
      assertEquals(after, t.tokenRequests(), "no token request inside the Retry-After");
      assertTrue(again.retryAfter().toSeconds() > 50, again.getMessage());
      assertTrue(fixture.gateway().mtdConnectors(t.id()).isEmpty(), "other gateways unaffected");
    } finally {
      t.faults().clear();
    }
    assertTrue(fixture.gateway().mtdConnectors(t.id()).isEmpty());
  }
}
