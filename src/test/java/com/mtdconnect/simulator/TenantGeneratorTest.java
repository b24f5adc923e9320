package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.control.directory.TenantGenerator;
import com.mtdconnect.simulator.entity.SimDevice;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantGeneratorTest {

  @Test
  void sameSeedGeneratesTheSameTenantsUsersAndDevices() {
    List<SimulatedTenant> first = new TenantGenerator(7).generate(200);
    List<SimulatedTenant> second = new TenantGenerator(7).generate(200);
    for (int i = 0; i < 200; i++) {
      SimulatedTenant a = first.get(i);
      SimulatedTenant b = second.get(i);
      assertEquals(a.id(), b.id());
      assertEquals(a.domain(), b.domain());
      assertEquals(a.userCount(), b.userCount());
      assertEquals(a.deviceCount(), b.deviceCount());
    }
    MicrosoftCloudSimulator one = MicrosoftCloudSimulator.create(SimulatorConfig.of(7, 5));
    MicrosoftCloudSimulator two = MicrosoftCloudSimulator.create(SimulatorConfig.of(7, 5));
    TenantDirectory d1 = one.directory(one.tenant(3));
    TenantDirectory d2 = two.directory(two.tenant(3));
    assertEquals(d1.user(4), d2.user(4));
    assertEquals(d1.members(1), d2.members(1));
    SimDevice x = d1.device(2);
    SimDevice y = d2.device(2);
    assertEquals(x.managedDeviceId(), y.managedDeviceId());
    assertEquals(x.operatingSystem(), y.operatingSystem());
    assertEquals(x.complianceState(), y.complianceState());
  }

  @Test
  void differentSeedsGenerateDifferentTenants() {
    assertNotEquals(
        new TenantGenerator(1).generate(1).get(0).id(),
        new TenantGenerator(2).generate(1).get(0).id());
  }

  @Test
  void mostTenantsHave10To500UsersAndEveryUserOneToThreeDevices() {
    List<SimulatedTenant> tenants = new TenantGenerator(42).generate(2000);
    long typical =
        tenants.stream().filter(t -> t.userCount() >= 10 && t.userCount() <= 500).count();
    assertTrue(typical > 1900, "typical tenants: " + typical);
    for (SimulatedTenant t : tenants.subList(0, 50)) {
      for (int u = 0; u < t.userCount(); u++) {
        int devices = t.deviceEndOf(u) - t.firstDeviceOf(u);
        assertTrue(devices >= 1 && devices <= 3);
        assertEquals(u, t.ownerOf(t.firstDeviceOf(u)));
      }
    }
  }

  @Test
  void idsResolveBackToTheirObjectsAndAreRejectedByOtherTenants() {
    MicrosoftCloudSimulator simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(9, 3));
    TenantDirectory a = simulator.directory(simulator.tenant(0));
    TenantDirectory b = simulator.directory(simulator.tenant(1));
    String userId = a.user(5).id();
    assertEquals(5, a.userIndexOf(userId).orElseThrow());
    assertTrue(b.userIndexOf(userId).isEmpty());
    assertEquals(5, a.userIndexOf(a.user(5).userPrincipalName()).orElseThrow());
    assertEquals(
        simulator.tenant(2), simulator.findTenant(simulator.tenant(2).domain()).orElseThrow());
    assertEquals(simulator.tenant(2), simulator.findTenant(simulator.tenant(2).id()).orElseThrow());
  }

  @Test
  void iosAndAndroidAreBothWellRepresented() {
    MicrosoftCloudSimulator simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(3, 20));
    long ios = 0;
    long total = 0;
    for (SimulatedTenant t : simulator.tenants()) {
      TenantDirectory d = simulator.directory(t);
      for (int i = 0; i < t.deviceCount(); i++) {
        total++;
        ios += d.device(i).isIos() ? 1 : 0;
      }
    }
    double share = (double) ios / total;
    assertTrue(share > 0.35 && share < 0.55, "iOS share " + share);
  }
}
