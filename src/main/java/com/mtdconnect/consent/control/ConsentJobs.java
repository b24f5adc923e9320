package com.mtdconnect.consent.control;

import com.mtdconnect.platform.control.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the consent jobs on the server's managed scheduler until the polling engine takes them over:
 * due verifications every second, and the drift check every {@code portal.consent.drift-interval}
 * (several nodes: the job lease lets one of them run each round).
 */
@ApplicationScoped
public class ConsentJobs {
  private static final Logger LOG = Logger.getLogger(ConsentJobs.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject ConsentRounds verification;
  @Inject ConsentSettings settings;
  @Inject LinkSigning signing;

  private final List<ScheduledFuture<?>> running = new ArrayList<>();

  /**
   * Checks the consent settings and the link signing key at start, so a bad value stops the portal
   * with the setting's name in the log instead of failing later on a customer's page.
   */
  void start(@Observes @Priority(DatabaseMigration.PRIORITY + 30) Startup startup) {
    settings.requireValid();
    signing.tokens();
    Duration drift = settings.driftInterval();
    long tick = Math.max(1, Math.min(30, drift.toSeconds() / 2));
    running.add(scheduler.scheduleWithFixedDelay(this::verifyDue, 2, 1, TimeUnit.SECONDS));
    running.add(
        scheduler.scheduleWithFixedDelay(() -> driftRound(drift), tick, tick, TimeUnit.SECONDS));
    LOG.info(() -> "Consent jobs started: drift check every " + drift);
  }

  void stop(@Observes Shutdown shutdown) {
    running.forEach(f -> f.cancel(false));
  }

  private void verifyDue() {
    try {
      verification.runDueVerifications();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Consent verification round failed; next round in a second", e);
    }
  }

  private void driftRound(Duration interval) {
    try {
      verification.runDriftRound(interval);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Consent drift round failed; trying again at the next tick", e);
    }
  }
}
