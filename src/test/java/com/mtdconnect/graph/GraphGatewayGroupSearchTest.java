package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.GroupMemberCounts;
import com.mtdconnect.graph.entity.GroupPage;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimGroup;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The onboarding wizard's directory reads through the real Graph SDK against the simulator: the
 * group search page by page ({@code $search} with {@code ConsistencyLevel}, {@code nextLink}
 * followed verbatim), member counts of a group by type ({@code transitiveMembers/…/$count}) and the
 * tenant's device count.
 */
class GraphGatewayGroupSearchTest {

  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SimulatorFixture(SimulatorConfig.of(7, 6));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  /** A tenant with enough groups for device groups and repeated department names. */
  private static SimulatedTenant bigTenant() {
    SimulatedTenant best = fixture.simulator().tenant(0);
    for (int i = 1; i < 6; i++) {
      SimulatedTenant t = fixture.simulator().tenant(i);
      if (t.generatedGroupCount() > best.generatedGroupCount()) {
        best = t;
      }
    }
    return best;
  }

  private static Optional<SimGroup> groupNamed(SimulatedTenant tenant, String name) {
    TenantDirectory dir = fixture.simulator().directory(tenant);
    return dir.groupIndices().stream()
        .map(dir::group)
        .flatMap(Optional::stream)
        .filter(g -> g.displayName().equals(name))
        .findFirst();
  }

  @Test
  void aSearchIsReadPageByPageUntilGraphHasNoNextLink() {
    SimulatedTenant tenant = bigTenant();
    GraphGateway gateway = fixture.gateway();
    List<DirectoryGroup> all = gateway.searchGroups(tenant.id(), "MTD", 999);
    assertTrue(all.size() >= 2, "MTD-Enroll and MTD-Exclude");

    List<String> paged = new ArrayList<>();
    GroupPage page = gateway.searchGroupsPage(tenant.id(), "MTD", Optional.empty(), 1);
    int pages = 1;
    page.groups().forEach(g -> paged.add(g.id()));
    while (page.nextLink().isPresent()) {
      assertEquals(1, page.groups().size());
      page = gateway.searchGroupsPage(tenant.id(), "ignored", page.nextLink(), 1);
      page.groups().forEach(g -> paged.add(g.id()));
      pages++;
    }
    assertEquals(all.stream().map(DirectoryGroup::id).toList(), paged);
    assertEquals(all.size(), pages);
  }

  @Test
  void aSearchWithoutMatchesIsOneEmptyPage() {
    GroupPage page =
        fixture.gateway().searchGroupsPage(bigTenant().id(), "zzqx", Optional.empty(), 10);
    assertTrue(page.groups().isEmpty());
    assertFalse(page.nextLink().isPresent());
  }

  @Test
  void memberCountsSplitUsersFromDevices() {
    SimulatedTenant tenant = bigTenant();
    TenantDirectory dir = fixture.simulator().directory(tenant);
    SimGroup enroll = groupNamed(tenant, "MTD-Enroll").orElseThrow();
    GroupMemberCounts counts = fixture.gateway().groupMemberCounts(tenant.id(), enroll.id());
    assertEquals(dir.members(enroll.index()).size(), counts.users());
    assertEquals(0, counts.devices());
    assertTrue(counts.users() > 0);

    SimGroup devices = groupNamed(tenant, "Corporate iOS devices").orElseThrow();
    GroupMemberCounts deviceCounts = fixture.gateway().groupMemberCounts(tenant.id(), devices.id());
    assertEquals(0, deviceCounts.users(), "a device group holds no users");
    assertEquals(dir.deviceMembers(devices.index()).size(), deviceCounts.devices());
  }

  @Test
  void theTenantsDevicesAreCountedWithConsistencyLevel() {
    SimulatedTenant tenant = bigTenant();
    TenantDirectory dir = fixture.simulator().directory(tenant);
    int expected = 0;
    for (int d = 0; d < dir.deviceIndexEnd(); d++) {
      if (dir.deviceExists(d)) {
        expected++;
      }
    }
    assertEquals(expected, fixture.gateway().countDevices(tenant.id()));
  }
}
