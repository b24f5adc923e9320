package com.mtdconnect.demo.control;

import com.mtdconnect.demo.control.DemoStaffAccounts.DemoStaffAccount;
import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
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
    // generate the simulated Microsoft cloud now, not on the first request, and let its account
    // picker say what each demo staff member may do in the portal
    MicrosoftCloudSimulator cloud = simulator.simulator();
    for (DemoStaffAccount account : DemoStaffAccounts.ACCOUNTS) {
      cloud.noteStaff(
          account.getUsername(),
          "In the portal: " + account.getRole() + ", " + account.getMembership());
    }
    if (tenantSeeder.seedOnce()) {
      LOG.info("Demo data seeded: sample customer tenants");
    }
  }
}
