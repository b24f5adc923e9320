package com.mtdconnect.consent.control;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.platform.control.JobLeases;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rounds the consent jobs run: verifications due after a customer approved (retried with
 * backoff while Microsoft replicates) and the drift check of every tenant whose consent was
 * verified. Calls to Microsoft run outside any transaction; each finding is written in its own.
 */
@ApplicationScoped
public class ConsentRounds {
  private static final Logger LOG = Logger.getLogger(ConsentRounds.class.getName());
  static final String DRIFT_JOB = "consent-drift";

  @PersistenceContext EntityManager em;
  @Inject ConsentRecorder recorder;
  @Inject GrantReader grants;
  @Inject JobLeases leases;

  /** One round of due verifications (the scheduler calls this every second). */
  public int runDueVerifications() {
    int done = 0;
    for (long tenantId : recorder.dueForVerification(20)) {
      if (recorder.claim(tenantId)) {
        recorder.verificationAttempt(tenantId, grants.read(directoryIdOf(tenantId)));
        done++;
      }
    }
    return done;
  }

  /**
   * One drift round over every tenant whose consent was verified, if this node holds the job's
   * lease and the interval has passed since the last round.
   */
  public int runDriftRound(Duration interval) {
    if (!leases.tryTake(DRIFT_JOB, interval, Duration.ofMinutes(10))) {
      return 0;
    }
    int checked = 0;
    try {
      List<Long> watched = recorder.watchedForDrift();
      for (long tenantId : watched) {
        try {
          recorder.driftCheck(
              tenantId,
              grants.read(directoryIdOf(tenantId)),
              Actor.system("consent-drift-check"),
              false);
          checked++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Drift check of tenant " + tenantId + " failed", e);
        }
      }
      int total = checked;
      LOG.log(
          total == 0 ? Level.FINE : Level.INFO,
          () -> "Consent drift check: " + total + " tenants checked");
    } finally {
      leases.release(DRIFT_JOB);
    }
    return checked;
  }

  private String directoryIdOf(long tenantId) {
    return em.find(Tenant.class, tenantId).getDirectoryId();
  }
}
