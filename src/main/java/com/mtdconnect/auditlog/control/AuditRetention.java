package com.mtdconnect.auditlog.control;

import com.mtdconnect.platform.control.DatabaseMigration;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes audit events older than {@code audit.retention-days}, once a day on the managed
 * scheduler: started when the portal starts, stopped when it stops. A failed purge is logged and
 * tried again the next day.
 */
@ApplicationScoped
public class AuditRetention {
  private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject AuditPurge purge;

  @Inject
  @ConfigProperty(name = "audit.retention-days", defaultValue = "365")
  int retentionDays;

  private ScheduledFuture<?> daily;

  void start(@Observes @Priority(DatabaseMigration.PRIORITY + 20) Startup startup) {
    if (retentionDays < 1) {
      LOG.warning("audit.retention-days must be at least 1; audit events are kept forever");
      return;
    }
    daily = scheduler.scheduleAtFixedRate(this::purgeOnce, 1, 24 * 60, TimeUnit.MINUTES);
    LOG.info(() -> "Audit events are kept " + retentionDays + " days; purged daily");
  }

  void stop(@Observes Shutdown shutdown) {
    if (daily != null) {
      daily.cancel(false);
    }
  }

  private void purgeOnce() {
    try {
      purge.olderThanDays(retentionDays);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Purging old audit events failed; trying again tomorrow", e);
    }
  }
}
