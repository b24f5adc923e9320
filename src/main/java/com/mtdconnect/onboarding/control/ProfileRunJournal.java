package com.mtdconnect.onboarding.control;

import com.mtdconnect.onboarding.entity.ProfileRun;
import com.mtdconnect.onboarding.entity.ProfileRunTenant;
import com.mtdconnect.platform.control.TakenTenant;
import com.mtdconnect.platform.entity.RunActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Records a profile run's progress, each change in its own transaction (the page sees it at once; a
 * crash loses at most the tenants in flight, which an interrupted run's "Resume" runs again).
 * Workers take tenants under a lock on the run's row, so two workers never take the same tenant.
 */
@ApplicationScoped
public class ProfileRunJournal {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** What a worker needs to run the profile on the tenant it took. */
  public record Taken(long runId, long rowId, long tenantId, long profileId, RunActor actor)
      implements TakenTenant {}

  /** Takes the run's next waiting tenant; empty when none waits (the run is then finished). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Taken> takeNext(long runId) {
    ProfileRun run = locked(runId);
    if (run == null) {
      return Optional.empty();
    }
    return run.take(now())
        .map(t -> new Taken(runId, t.getId(), t.getTenantId(), run.getProfileId(), run.actor()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void stage(long runId, long rowId, String stage) {
    ProfileRun run = locked(runId);
    run.heartbeat(now());
    run.tenant(rowId).stage(stage);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void applying(long runId, long rowId, long provisioningRunId) {
    ProfileRun run = locked(runId);
    run.heartbeat(now());
    run.tenant(rowId).applying(provisioningRunId);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finished(long runId, long rowId, boolean done, String reason, long millis) {
    ProfileRun run = locked(runId);
    run.heartbeat(now());
    ProfileRunTenant row = run.tenant(rowId);
    row.finish(done, reason, millis, now());
  }

  /** The run under a row lock: its lanes write it one at a time. */
  private ProfileRun locked(long runId) {
    return em.find(ProfileRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
