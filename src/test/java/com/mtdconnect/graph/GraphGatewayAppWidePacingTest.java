package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.Budget;
import com.mtdconnect.graph.entity.BudgetSettings;
import com.mtdconnect.simulator.entity.AppLimits;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many tenants polled at once through one gateway against a simulator whose limits per app across
 * all tenants are small: with the app-wide budget below them no request is throttled by the app's
 * limit; the same run without it is.
 */
class GraphGatewayAppWidePacingTest {

  private static final int TENANTS = 16;
  private static final int CALLS_PER_TENANT = 5;

  /** 40 requests per second for the app, whatever the tenant; per-tenant limits as Microsoft's. */
  private static SimulatorConfig smallAppLimits(long seed) {
    return SimulatorConfig.of(seed, TENANTS)
        .withAppLimits(AppLimits.microsoftPublished().withRequests(40, Duration.ofSeconds(1)));
  }

  /** Polls every tenant from 8 threads; returns the calls that succeeded. */
  private static int pollAll(GraphGateway gateway, List<SimulatedTenant> tenants) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (SimulatedTenant t : tenants) {
        results.add(
            workers.submit(
                () -> {
                  int done = 0;
                  for (int i = 0; i < CALLS_PER_TENANT; i++) {
                    gateway.mtdConnectors(t.id());
                    done++;
                  }
                  return done;
                }));
      }
      int done = 0;
      for (Future<Integer> r : results) {
        done += r.get(120, TimeUnit.SECONDS);
      }
      return done;
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void manyTenantsAtOnceStayUnderTheAppWideLimitWhenPaced() throws Exception {
    try (SimulatorFixture fixture = new SimulatorFixture(smallAppLimits(71))) {
      GraphGateway gateway =
          fixture.gateway(
              fixture
                  .settings()
                  .withBudgets(
                      BudgetSettings.belowMicrosoftLimits()
                          .withGlobal(new Budget(30, Duration.ofSeconds(1)))));
      long started = System.nanoTime();
      assertEquals(TENANTS * CALLS_PER_TENANT, pollAll(gateway, fixture.simulator().tenants()));
      long elapsed = (System.nanoTime() - started) / 1_000_000;
      assertEquals(0, fixture.simulator().throttledAppWide(), "no 429 from the app's limit");
      assertEquals(
          TENANTS * CALLS_PER_TENANT, fixture.simulator().totalRequests().graph(), "no retries");
      assertTrue(elapsed >= 1500, "80 calls at 30/s after a burst of 3: " + elapsed + " ms");
    }
  }

  @Test
  void nearTheAppsLimitMicrosoftsPercentageHeaderSlowsTheGateway() throws Exception {
    // the app may send 20 requests/s; we pace at 18/s, 90 % of it, above the 80 % from which Graph
    // warns: the warnings reach the pacer, which slows down (RequestPacerTest shows how much)
    SimulatorConfig config =
        SimulatorConfig.of(73, TENANTS)
            .withAppLimits(AppLimits.microsoftPublished().withRequests(20, Duration.ofSeconds(1)));
    try (SimulatorFixture fixture = new SimulatorFixture(config)) {
      GraphGateway gateway =
          fixture.gateway(
              fixture
                  .settings()
                  .withBudgets(
                      BudgetSettings.belowMicrosoftLimits()
                          .withGlobal(new Budget(18, Duration.ofSeconds(1)))));
      assertEquals(1.0, gateway.appPace(), 1e-9);
      assertEquals(TENANTS * CALLS_PER_TENANT, pollAll(gateway, fixture.simulator().tenants()));
      assertTrue(gateway.nearLimitSignals() > 0, "Graph warned near the app's limit");
      assertEquals(0, fixture.simulator().throttledAppWide(), "and the warnings were heeded");
    }
  }

  @Test
  void theSameRunWithoutTheAppWideBudgetIsThrottledByTheAppsLimit() throws Exception {
    try (SimulatorFixture fixture = new SimulatorFixture(smallAppLimits(72))) {
      GraphGateway gateway =
          fixture.gateway(
              fixture
                  .settings()
                  .withBudgets(
                      BudgetSettings.belowMicrosoftLimits()
                          .withGlobal(new Budget(100_000, Duration.ofSeconds(1)))));
      assertEquals(TENANTS * CALLS_PER_TENANT, pollAll(gateway, fixture.simulator().tenants()));
      assertTrue(
          fixture.simulator().throttledAppWide() > 0,
          "unpaced, the run exceeds 40 requests/s across tenants");
    }
  }
}
