package com.mtdconnect.demo.control;

import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.platform.control.PortalSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Seeds the sample customer tenants at start, once per database, in demo mode only. */
@ApplicationScoped
public class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

  @Inject PortalSettings settings;
  @Inject DemoTenantSeeder tenantSeeder;

  void seed(@Observes @Priority(DatabaseMigration.PRIORITY + 10) Startup startup) {
    if (settings.isDemo() && tenantSeeder.seedOnce()) {
      LOG.info("Demo data seeded: sample customer tenants");
    }
  }
}
