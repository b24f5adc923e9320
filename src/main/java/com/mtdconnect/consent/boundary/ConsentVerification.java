package com.mtdconnect.consent.boundary;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.control.ConsentRecorder;
import com.mtdconnect.consent.control.GrantReader;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.JobLeases;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The use cases that ask Microsoft what a tenant granted: the verification rounds after a customer
 * approved (retried with backoff while Microsoft replicates), the recurring drift check of every
 * consented tenant, and a staff member's "verify now". Calls to Microsoft run outside any
 * transaction; each finding is written in its own short one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ConsentVerification {
  private static final Logger LOG = Logger.getLogger(ConsentVerification.class.getName());
  static final String DRIFT_JOB = "consent-drift";

  @PersistenceContext EntityManager em;
  @Inject ConsentRecorder recorder;
  @Inject GrantReader grants;
  @Inject TenantRegistry tenants;
  @Inject CurrentStaff currentStaff;
  @Inject JobLeases leases;

  /** Verifies, now, the tenant's consent (a staff member pressed "Verify now"). */
  public TenantConsent verifyNow(long tenantId) {
    Tenant tenant = tenants.find(tenantId); // 404 outside the caller's scope
    SignedInStaff staff =
        currentStaff.requireOn(Permission.CONSENT_READ, tenantId, tenant.getScopeTagList());
    GrantReader.Reading reading = grants.read(tenant.getDirectoryId());
    return recorder.driftCheck(
        tenantId, reading, new Actor(staff.username(), currentStaff.clientAddress()), true);
  }

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
      LOG.info(() -> "Consent drift check: " + total + " tenants checked");
    } finally {
      leases.release(DRIFT_JOB);
    }
    return checked;
  }

  private String directoryIdOf(long tenantId) {
    return em.find(Tenant.class, tenantId).getDirectoryId();
  }
}
