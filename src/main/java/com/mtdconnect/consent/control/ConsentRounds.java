package com.mtdconnect.consent.control;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.control.GrantReader.Reading;
import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.DriftFinding;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.GrantedAppRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The rounds the consent jobs run (on the polling engine's scheduler, which knows when): the
 * verifications due after a customer approved (retried with backoff while Microsoft replicates) and
 * the drift check of one tenant whose consent was verified. Calls to Microsoft run outside any
 * transaction; each finding is written in its own.
 */
@ApplicationScoped
public class ConsentRounds {

  @Inject ConsentRecorder recorder;
  @Inject GrantReader grants;

  /** One round of due verifications (the scheduler calls this every second or so). */
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

  /** Tenants whose consent was verified once and is therefore watched for drift. */
  public List<Long> watchedForDrift() {
    return recorder.watchedForDrift();
  }

  /**
   * Checks one tenant's grant against what was verified and records what moved (audited when the
   * state moved); the tenant's polling round calls it every {@code portal.consent.drift-interval}.
   */
  public DriftFinding checkDrift(long tenantId) {
    return checkDrift(tenantId, grants.read(directoryIdOf(tenantId)));
  }

  /**
   * The same drift check on a grant the tenant's polling round read in its shared {@code $batch}
   * (or the failure that batch met): the same evaluation, findings, audit and lifecycle facts.
   */
  public DriftFinding checkDrift(long tenantId, Answer<List<GrantedAppRole>> granted) {
    return checkDrift(tenantId, grants.readingOf(granted));
  }

  /**
   * The permissions the tenant's verified consent lacks (none when it was never verified): work
   * that needs one of them cannot be done until the customer consents again.
   */
  public Set<RequiredPermission> notGranted(long tenantId) {
    return recorder.notGranted(tenantId);
  }

  private DriftFinding checkDrift(long tenantId, Reading reading) {
    ConsentStatus before = recorder.currentStatus(tenantId);
    TenantConsent status =
        recorder.driftCheck(tenantId, reading, Actor.system("consent-drift-check"), false);
    String reason =
        reading.succeeded()
            ? (status.getReason() == null ? "" : status.getReason())
            : reading.problem().reason();
    return new DriftFinding(
        status.getStatus(), reason, reading.problem(), before != status.getStatus());
  }

  private String directoryIdOf(long tenantId) {
    return recorder.directoryIdOf(tenantId);
  }
}
