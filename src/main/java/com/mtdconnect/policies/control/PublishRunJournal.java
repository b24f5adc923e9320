package com.mtdconnect.policies.control;

import com.mtdconnect.platform.control.TakenTenant;
import com.mtdconnect.platform.entity.RunActor;
import com.mtdconnect.policies.entity.PublishRow;
import com.mtdconnect.policies.entity.PublishRun;
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
 * Records a publish run's progress, each change in its own transaction (the page sees it at once; a
 * crash loses at most the tenants in flight, which an interrupted run's "Resume" runs again).
 * Workers take tenants under a lock on the run's row, so two workers never take the same tenant.
 */
@ApplicationScoped
public class PublishRunJournal {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** What a worker needs to plan or publish the tenant it took. */
  public record Taken(
      long runId,
      long rowId,
      long tenantId,
      long templateId,
      PublishRun.Phase phase,
      RunActor actor)
      implements TakenTenant {}

  /** Takes the run's next tenant to plan or apply; empty when none is left. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Taken> takeNext(long runId) {
    PublishRun run = locked(runId);
    if (run == null) {
      return Optional.empty();
    }
    PublishRun.Phase phase = run.getPhase();
    return run.take(now())
        .map(
            t ->
                new Taken(
                    runId, t.getId(), t.getTenantId(), run.getTemplateId(), phase, run.actor()));
  }

  /** The tenant's plan, or (applying) its result. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finished(Taken taken, PublishRow row, long millis) {
    PublishRun run = locked(taken.runId());
    run.heartbeat(now());
    if (taken.phase() == PublishRun.Phase.PLANNING) {
      run.tenant(taken.rowId()).planned(row, millis, now());
    } else {
      run.tenant(taken.rowId()).applied(row, millis, now());
    }
  }

  /** The run under a row lock: its workers write it one at a time. */
  private PublishRun locked(long runId) {
    return em.find(PublishRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
