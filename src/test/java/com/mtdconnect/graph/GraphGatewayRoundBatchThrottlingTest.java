package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.simulator.entity.AppLimits;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A round's first {@code $batch} under Microsoft's throttling, through the real SDK against the
 * simulator: a step throttled by the app's limit across all tenants pauses every tenant (as a
 * single request's 429 does), steps' near-limit headers slow the pace, throttled steps count as
 * 429s of the tenant, and steps that stay unavailable (503) fail as unavailable, not throttled.
 */
class GraphGatewayRoundBatchThrottlingTest {

  private static final RoundReads THREE_STEPS =
      RoundReads.none().withGroupDelta(Optional.empty()).withManagedDevices().withMtdConnectors();

  @Test
  void anAppWide429InsideTheBatchPausesEveryTenantAndNearLimitHeadersSlowThePace()
      throws Exception {
    // 5 requests per 3 s for the app across all tenants
    SimulatorConfig config =
        SimulatorConfig.of(83, 2)
            .withAppLimits(AppLimits.microsoftPublished().withRequests(5, Duration.ofSeconds(3)));
    try (SimulatorFixture fixture = new SimulatorFixture(config)) {
      SimulatedTenant a = fixture.simulator().tenant(0);
      SimulatedTenant b = fixture.simulator().tenant(1);
      // Retry-After (up to 3 s) is longer than the gateway waits inside a call: the round fails
      GraphGateway gateway =
          fixture.gateway(fixture.settings().withRetries(3, Duration.ofMillis(300)));
      gateway.roundReads(a.id(), THREE_STEPS); // 3 of the app's 5
      GraphThrottled throttled =
          assertThrows(GraphThrottled.class, () -> gateway.roundReads(b.id(), THREE_STEPS));
      assertTrue(
          throttled.getMessage().contains("across all tenants"), "in plain words: " + throttled);
      assertTrue(throttled.retryAfter().toMillis() > 300, String.valueOf(throttled.retryAfter()));
      long appWide = fixture.simulator().throttledAppWide();
      assertEquals(1, appWide, "the sixth request of the window");
      assertTrue(
          gateway.nearLimitSignals() >= 1, "the steps' x-ms-throttle-limit-percentage was heard");
      assertTrue(
          gateway.metrics().stream()
                  .filter(m -> m.tenantId().equals(b.id()))
                  .mapToLong(CallMetrics::throttled)
                  .sum()
              >= 1,
          "the throttled step counts as a 429 of its tenant");

      // the other tenant waits for the app's Retry-After instead of running into the limit
      long started = System.nanoTime();
      gateway.mtdConnectors(a.id());
      long waitedMillis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(appWide, fixture.simulator().throttledAppWide(), "no further app-wide 429");
      assertTrue(
          waitedMillis >= throttled.retryAfter().toMillis() - 200,
          "waited " + waitedMillis + " ms of " + throttled.retryAfter());
      System.out.println(
          "[measure] app-wide 429 inside a round's batch: the next tenant's request waited "
              + waitedMillis
              + " ms (Retry-After "
              + throttled.retryAfter().toMillis()
              + " ms), 0 further 429");
    }
  }

  @Test
  void stepsThatStayUnavailableFailTheRoundAsUnavailableNotThrottled() {
    try (SimulatorFixture fixture = new SimulatorFixture(SimulatorConfig.of(84, 1))) {
      SimulatedTenant t = fixture.simulator().tenant(0);
      t.faults().serverErrorRate(1.0);
      GraphGateway gateway = fixture.gateway();
      RuntimeException failure =
          assertThrows(RuntimeException.class, () -> gateway.roundReads(t.id(), THREE_STEPS));
      assertInstanceOf(GraphUnavailable.class, failure, String.valueOf(failure));
      assertTrue(failure.getMessage().contains("unavailable"), failure.getMessage());
      assertEquals(
          2,
          fixture.simulator().requests(t).graph(),
          "the batch and one retry of its unavailable steps a second later, no retry storm");
    }
  }
}
