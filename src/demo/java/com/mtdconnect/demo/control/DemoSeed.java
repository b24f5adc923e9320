package com.mtdconnect.demo.control;

import com.mtdconnect.demo.control.DemoStaffAccounts.DemoStaffAccount;
import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates the simulated Microsoft cloud at start and registers its named customers as the MSP's
 * sample tenants, once per database; once the portal answers, puts two of them in the middle of
 * onboarding (read from the simulated cloud through the gateway).
 */
@ApplicationScoped
public class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

  @Inject DemoTenantSeeder tenantSeeder;
  @Inject DemoOnboardingSeeder onboardingSeeder;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private volatile ScheduledFuture<?> pending;
  private int onboardingAttempts;
  @Inject SimulatorHolder simulator;
  @Inject DemoProvisioningSeeder provisioningSeeder;

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
    if (provisioningSeeder.seedOnce()) {
      LOG.info("Demo data seeded: app catalogue and Contoso's provisioning intent");
    }
    onboardingSeeder.verifyConsentOnce();
    // onboarding is read from the simulated cloud over HTTP, so only once the portal answers
    pending = scheduler.scheduleWithFixedDelay(this::seedOnboarding, 5, 5, TimeUnit.SECONDS);
  }

  private void seedOnboarding() {
    try {
      if (onboardingSeeder.seedOnce()) {
        LOG.info("Demo data seeded: onboarding in progress for two sample customers");
      }
      pending.cancel(false);
    } catch (RuntimeException e) {
      if (++onboardingAttempts >= 24) {
        LOG.log(Level.WARNING, "Demo onboarding not seeded; giving up", e);
        pending.cancel(false);
      } else {
        LOG.info(() -> "Demo onboarding not seeded yet (" + e + "); trying again in 5 s");
      }
    }
  }

  void stop(@Observes Shutdown shutdown) {
    if (pending != null) {
      pending.cancel(false);
    }
  }
}
