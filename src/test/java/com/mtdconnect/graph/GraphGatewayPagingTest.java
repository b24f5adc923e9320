package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.DeviceDelta;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.WorkloadFamily;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.simulator.entity.ThrottleLimits;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Paged reads (one pager, {@code GraphPages}) with the real SDK against the simulator on loopback:
 * every page is a call through the tenant's paced client, and a failure on a later page is
 * translated like one on the first.
 */
class GraphGatewayPagingTest {

  private static long directoryCalls(GraphGateway gateway, String tenantId) {
    return gateway.metrics().stream()
        .filter(m -> m.tenantId().equals(tenantId) && m.family() == WorkloadFamily.DIRECTORY)
        .mapToLong(CallMetrics::calls)
        .sum();
  }

  private static long throttledCalls(GraphGateway gateway, String tenantId) {
    return gateway.metrics().stream()
        .filter(m -> m.tenantId().equals(tenantId))
        .mapToLong(CallMetrics::throttled)
        .sum();
  }

  @Test
  void everyPageOfAListingAndOfBothDeltaRoundsIsOnePacedCall() {
    // groups delta pages hold 2 groups here; devices delta pages hold 200 devices
    try (SimulatorFixture fixture =
        new SimulatorFixture(SimulatorConfig.of(7, 8).withDeltaPageSize(2))) {
      SimulatedTenant t =
          fixture.simulator().tenants().stream()
              .filter(x -> x.generatedGroupCount() >= 5 && x.deviceCount() > 400)
              .findFirst()
              .orElseThrow();
      TenantDirectory directory = fixture.simulator().directory(t);
      GraphGateway gateway = fixture.gateway();

      List<DirectoryGroup> groups = gateway.listGroups(t.id(), Optional.empty(), 1);
      assertEquals(directory.groupIndices().size(), groups.size());
      assertEquals(groups.size(), directoryCalls(gateway, t.id()));
      assertEquals(groups.size(), groups.stream().map(DirectoryGroup::id).distinct().count());

      long before = directoryCalls(gateway, t.id());
      GroupDelta groupRound = gateway.groupDelta(t.id(), Optional.empty());
      assertTrue(groupRound.pages() >= 3, "group delta pages: " + groupRound.pages());
      assertEquals(groupRound.pages(), directoryCalls(gateway, t.id()) - before);
      assertTrue(groupRound.deltaLink().contains("deltatoken"), groupRound.deltaLink());

      before = directoryCalls(gateway, t.id());
      DeviceDelta deviceRound = gateway.deviceDelta(t.id(), Optional.empty());
      assertEquals(t.deviceCount(), deviceRound.changes().size());
      assertTrue(deviceRound.pages() >= 3, "device delta pages: " + deviceRound.pages());
      assertEquals(deviceRound.pages(), directoryCalls(gateway, t.id()) - before);
      assertTrue(deviceRound.deltaLink().contains("deltatoken"), deviceRound.deltaLink());
    }
  }

  @Test
  void aThrottledThirdPageFailsTheListingAsGraphThrottledAfterTwoPaidPages() {
    // two directory requests per minute: pages one and two pass, the third gets a 429 whose
    // Retry-After exceeds what a request may wait (30 s), so the SDK does not retry it
    ThrottleLimits twoPerMinute = ThrottleLimits.uniform(2, Duration.ofSeconds(60));
    try (SimulatorFixture fixture =
        new SimulatorFixture(SimulatorConfig.of(32, 4).withLimits(twoPerMinute))) {
      SimulatedTenant t =
          fixture.simulator().tenants().stream()
              .filter(x -> x.generatedGroupCount() >= 3)
              .findFirst()
              .orElseThrow();
      GraphGateway gateway = fixture.gateway();

      GraphThrottled e =
          assertThrows(GraphThrottled.class, () -> gateway.listGroups(t.id(), Optional.empty(), 1));
      assertTrue(e.retryAfter().compareTo(Duration.ofSeconds(30)) > 0, e.getMessage());
      assertTrue(e.getMessage().contains("list groups"), e.getMessage());
      assertEquals(3, directoryCalls(gateway, t.id()));
      assertEquals(1, throttledCalls(gateway, t.id()));
      assertEquals(1, fixture.simulator().throttledByLimits());
    }
  }
}
