package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.control.presenter.DemoScenario;
import com.mtdconnect.simulator.entity.ConsentState;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import org.junit.jupiter.api.Test;

class DemoScenarioTest {

  @Test
  void theFirstTenantsShowEveryStateAScreenNeeds() {
    MicrosoftCloudSimulator simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(42, 10));
    DemoScenario.apply(simulator.tenants(), simulator.clock());
    SimulatedTenant fresh = simulator.tenant(0);
    assertEquals(ConsentState.NOT_CONSENTED, fresh.consent());
    SimulatedTenant healthy = simulator.tenant(1);
    assertEquals(ConsentState.CONSENTED, healthy.consent());
    assertEquals(1, healthy.intune().list(IntuneObjects.Collection.MTD_CONNECTORS).size());
    SimulatedTenant partial = simulator.tenant(2);
    assertFalse(
        partial.grantedRoles().contains(GraphAppRole.DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL));
    assertTrue(partial.grantedRoles().contains(GraphAppRole.GROUP_MEMBER_READ_ALL));
    assertTrue(simulator.tenant(3).faults().throttleRate() > 0);
    assertTrue(simulator.tenant(4).faults().connectorBroken());
    assertEquals(ConsentState.REVOKED, simulator.tenant(5).consent());
    assertTrue(simulator.tenant(6).isDeleted());
    assertEquals(ConsentState.CONSENTED, simulator.tenant(7).consent());
    assertEquals(7, DemoScenario.staff().size());
  }

  @Test
  void graphicDesignInstituteHasAnotherVendorsConnectorEnabled() {
    MicrosoftCloudSimulator simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(42, 20));
    DemoScenario.apply(simulator.tenants(), simulator.clock());
    SimulatedTenant tenant = simulator.tenant(16);
    assertEquals("Graphic Design Institute", DemoScenario.CUSTOMERS.get(16));
    assertEquals(ConsentState.CONSENTED, tenant.consent());
    var connectors = tenant.intune().list(IntuneObjects.Collection.MTD_CONNECTORS);
    assertEquals(1, connectors.size());
    assertEquals(
        DemoScenario.OTHER_VENDOR_PARTNER_ID, connectors.get(0).object().get("id").getAsString());
    assertTrue(
        simulator.tenant(15).intune().list(IntuneObjects.Collection.MTD_CONNECTORS).isEmpty());
  }
}
