package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.Budget;
import com.mtdconnect.graph.entity.BudgetSettings;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.DeltaExpired;
import com.mtdconnect.graph.entity.GroupChange;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.OwnedDevice;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.simulator.entity.ThrottleLimits;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Delta rounds, throttling and pacing with the real SDK against the simulator on loopback. */
class GraphGatewaySyncTest {

  @Test
  void deltaRoundsReportChangesRemovalsAndExpiryForcesAFullResync() {
    try (SimulatorFixture fixture =
        new SimulatorFixture(SimulatorConfig.of(21, 20).withDeltaPageSize(2))) {
      SimulatedTenant t =
          fixture.simulator().tenants().stream()
              .filter(x -> x.generatedGroupCount() >= 5)
              .findFirst()
              .orElseThrow();
      TenantDirectory directory = fixture.simulator().directory(t);
      GraphGateway gateway = fixture.gateway();

      GroupDelta initial = gateway.groupDelta(t.id(), Optional.empty());
      assertEquals(directory.groupIndices().size(), initial.changes().size());
      assertTrue(initial.pages() >= 2, "pages: " + initial.pages());
      GroupChange all = initial.changes().get(0);
      assertEquals(t.userCount(), all.addedMemberIds().size());
      int deviceGroup = t.generatedGroupCount() - 2;
      assertTrue(directory.isDeviceGroup(deviceGroup));
      GroupChange devices = initial.changes().get(deviceGroup);
      assertTrue(devices.addedMemberIds().isEmpty());
      assertEquals(directory.deviceMembers(deviceGroup).size(), devices.addedDeviceIds().size());
      assertFalse(devices.addedDeviceIds().isEmpty());

      String enroll = directory.group(1).orElseThrow().id();
      String leaver = directory.user(directory.members(1).get(0)).id();
      String joiner =
          directory
              .user(
                  java.util.stream.IntStream.range(0, t.userCount())
                      .filter(u -> !directory.isMember(1, u))
                      .findFirst()
                      .orElseThrow())
              .id();
      directory.removeMember(enroll, leaver);
      directory.addMember(enroll, joiner);
      String exclude = directory.group(2).orElseThrow().id();
      directory.deleteGroup(exclude);

      GroupDelta next = gateway.groupDelta(t.id(), Optional.of(initial.deltaLink()));
      assertEquals(2, next.changes().size());
      GroupChange enrollChange = next.changes().get(0);
      assertEquals(enroll, enrollChange.groupId());
      assertEquals(List.of(joiner), enrollChange.addedMemberIds());
      assertEquals(List.of(leaver), enrollChange.removedMemberIds());
      GroupChange removed = next.changes().get(1);
      assertEquals(exclude, removed.groupId());
      assertTrue(removed.removed());

      GroupDelta quiet = gateway.groupDelta(t.id(), Optional.of(next.deltaLink()));
      assertTrue(quiet.changes().isEmpty());

      t.expireDeltaTokens();
      DeltaExpired expired =
          assertThrows(
              DeltaExpired.class, () -> gateway.groupDelta(t.id(), Optional.of(quiet.deltaLink())));
      assertFalse(expired.retryable());
      GroupDelta resync = gateway.groupDelta(t.id(), Optional.empty());
      assertEquals(directory.groupIndices().size(), resync.changes().size());

      fixture.simulator().clock().advance(Duration.ofDays(8));
      assertThrows(
          DeltaExpired.class, () -> gateway.groupDelta(t.id(), Optional.of(resync.deltaLink())));
    }
  }

  @Test
  void aLargeGroupsMembersArriveInSlicesOnSeveralPages() {
    try (SimulatorFixture fixture = new SimulatorFixture(SimulatorConfig.of(7, 8))) {
      SimulatedTenant t = fixture.simulator().tenant(7);
      assertTrue(t.userCount() > 2000, "seed 7 tenant 7 has " + t.userCount() + " users");
      TenantDirectory directory = fixture.simulator().directory(t);
      GroupDelta initial = fixture.gateway().groupDelta(t.id(), Optional.empty());
      String allCompany = directory.group(0).orElseThrow().id();
      List<GroupChange> slices =
          initial.changes().stream().filter(c -> c.groupId().equals(allCompany)).toList();
      assertTrue(slices.size() >= 2, "slices: " + slices.size());
      assertTrue(slices.get(0).group().isPresent());
      assertTrue(slices.get(1).group().isEmpty());
      assertEquals(t.userCount(), slices.stream().mapToInt(c -> c.addedMemberIds().size()).sum());
      assertTrue(initial.pages() >= 3, "pages: " + initial.pages());
    }
  }

  @Test
  void deviceDeltaReportsEnrolledAndRetiredDevicesAndEveryInventoryFollows() {
    try (SimulatorFixture fixture = new SimulatorFixture(SimulatorConfig.of(25, 1))) {
      SimulatedTenant t = fixture.simulator().tenant(0);
      TenantDirectory directory = fixture.simulator().directory(t);
      GraphGateway gateway = fixture.gateway();
      com.mtdconnect.graph.entity.DeviceDelta initial =
          gateway.deviceDelta(t.id(), Optional.empty());
      assertEquals(t.deviceCount(), initial.changes().size());

      String user = directory.user(0).id();
      int before = gateway.ownedDevices(t.id(), user).size();
      String enrolled = directory.enrollDevice(user);
      String retired = directory.device(t.firstDeviceOf(1)).managedDeviceId();
      directory.removeDevice(retired);

      com.mtdconnect.graph.entity.DeviceDelta next =
          gateway.deviceDelta(t.id(), Optional.of(initial.deltaLink()));
      assertEquals(2, next.changes().size());
      assertFalse(next.changes().get(0).removed());
      assertTrue(next.changes().get(1).removed());
      assertEquals(before + 1, gateway.ownedDevices(t.id(), user).size());
      List<String> managed =
          gateway.managedDevices(t.id()).stream()
              .map(com.mtdconnect.graph.entity.ManagedDeviceSummary::id)
              .toList();
      assertEquals(t.deviceCount(), managed.size());
      assertTrue(managed.contains(enrolled));
      assertFalse(managed.contains(retired));
    }
  }

  @Test
  void aThrottledCallWaitsForRetryAfterAndThenSucceeds() {
    ThrottleLimits tight = ThrottleLimits.uniform(2, Duration.ofMillis(1500));
    try (SimulatorFixture fixture =
        new SimulatorFixture(SimulatorConfig.of(22, 1).withLimits(tight))) {
      SimulatedTenant t = fixture.simulator().tenant(0);
      GraphGateway gateway = fixture.gateway();
      gateway.mtdConnectors(t.id()); // warm-up (token, SDK) in another family's window
      gateway.listGroups(t.id(), Optional.empty());
      gateway.listGroups(t.id(), Optional.empty());
      long started = System.nanoTime();
      assertFalse(gateway.listGroups(t.id(), Optional.empty()).isEmpty());
      long waitedMillis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(1, fixture.simulator().throttledByLimits());
      assertTrue(waitedMillis >= 300, "waited only " + waitedMillis + " ms");
      long throttled = gateway.metrics().stream().mapToLong(CallMetrics::throttled).sum();
      assertEquals(1, throttled);
    }
  }

  @Test
  void theBudgetKeepsAHeavySyncUnderTheLimitWithoutA429() {
    // the simulator counts 20 resource units per second; each call costs 2 (GET /users/...)
    ThrottleLimits limit = ThrottleLimits.uniform(20, Duration.ofSeconds(1));
    try (SimulatorFixture fixture =
        new SimulatorFixture(SimulatorConfig.of(23, 1).withLimits(limit))) {
      SimulatedTenant t = fixture.simulator().tenant(0);
      TenantDirectory directory = fixture.simulator().directory(t);
      GraphGateway gateway =
          fixture.gateway(
              fixture
                  .settings()
                  .withBudgets(
                      BudgetSettings.uniform(
                          new Budget(14, Duration.ofSeconds(1)),
                          new Budget(1000, Duration.ofSeconds(1)),
                          Duration.ofSeconds(30))));
      int calls = Math.min(16, t.userCount());
      long started = System.nanoTime();
      for (int u = 0; u < calls; u++) {
        gateway.ownedDevices(t.id(), directory.user(u).id());
      }
      long elapsed = (System.nanoTime() - started) / 1_000_000;
      assertEquals(0, fixture.simulator().throttledByLimits());
      assertEquals(0, gateway.metrics().stream().mapToLong(CallMetrics::throttled).sum());
      assertTrue(elapsed >= 1000, "paced " + calls + " calls in " + elapsed + " ms");
    }
  }

  @Test
  void throttledStepsInsideABatchAreRebatchedAfterTheirRetryAfter() {
    ThrottleLimits limit = ThrottleLimits.uniform(8, Duration.ofMillis(800));
    try (SimulatorFixture fixture =
        new SimulatorFixture(SimulatorConfig.of(24, 1).withLimits(limit))) {
      SimulatedTenant t = fixture.simulator().tenant(0);
      TenantDirectory directory = fixture.simulator().directory(t);
      List<String> users = new ArrayList<>();
      for (int u = 0; u < Math.min(30, t.userCount()); u++) {
        users.add(directory.user(u).id());
      }
      GraphGateway gateway = fixture.gateway();
      Map<String, List<OwnedDevice>> devices = gateway.ownedDevicesOfUsers(t.id(), users);
      assertEquals(users.size(), devices.size());
      for (int u = 0; u < users.size(); u++) {
        assertEquals(
            t.deviceEndOf(u) - t.firstDeviceOf(u), devices.get(users.get(u)).size(), "user " + u);
      }
      assertTrue(fixture.simulator().throttledByLimits() > 0, "no step was throttled");
    }
  }
}
