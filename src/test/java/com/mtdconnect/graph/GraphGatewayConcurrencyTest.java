package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads polling many tenants through one gateway, as the scheduler's workers will. */
class GraphGatewayConcurrencyTest {

  @Test
  void parallelPollingOfManyTenantsSucceedsWithAFewTokenRequestsPerTenant() throws Exception {
    try (SimulatorFixture fixture = new SimulatorFixture(SimulatorConfig.of(61, 6))) {
      GraphGateway gateway = fixture.gateway();
      List<SimulatedTenant> tenants = fixture.simulator().tenants();
      ExecutorService workers = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int worker = 0; worker < 8; worker++) {
          int w = worker;
          results.add(
              workers.submit(
                  () -> {
                    int done = 0;
                    for (int round = 0; round < 6; round++) {
                      SimulatedTenant t = tenants.get((w + round) % tenants.size());
                      done += gateway.listGroups(t.id(), Optional.empty()).isEmpty() ? 0 : 1;
                      done += gateway.managedDevices(t.id()).size() == t.deviceCount() ? 1 : 0;
                    }
                    return done;
                  }));
        }
        int done = 0;
        for (Future<Integer> result : results) {
          done += result.get(60, TimeUnit.SECONDS);
        }
        assertEquals(8 * 6 * 2, done);
      } finally {
        workers.shutdownNow();
      }
      for (SimulatedTenant t : tenants) {
        assertTrue(
            t.tokenRequests() >= 1 && t.tokenRequests() <= 8,
            t.id() + " token requests: " + t.tokenRequests());
      }
    }
  }
}
