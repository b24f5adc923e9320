package com.mtdconnect.demo.control;

import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Generates the simulated Microsoft cloud at start and registers its named customers as the MSP's
 * sample tenants, once per database.
 */
@ApplicationScoped
public class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

  @Inject DemoTenantSeeder tenantSeeder;
  @Inject SimulatorHolder simulator;

  void seed(@Observes @Priority(DatabaseMigration.PRIORITY + 10) Startup startup) {
    simulator.simulator(); // generate the simulated Microsoft cloud now, not on the first request
    if (tenantSeeder.seedOnce()) {
      LOG.info("Demo data seeded: sample customer tenants");
    }
  }
}
