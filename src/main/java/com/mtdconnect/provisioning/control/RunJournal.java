package com.mtdconnect.provisioning.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.provisioning.entity.PlanPurpose;
import com.mtdconnect.provisioning.entity.ProvisioningRun;
import com.mtdconnect.provisioning.entity.ProvisioningStep;
import com.mtdconnect.provisioning.entity.StepState;
import com.mtdconnect.provisioning.entity.StoredIntent;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records a run's progress in the database, each change in its own transaction (so the page sees it
 * at once and a crash loses at most the step in flight), every finished step audited in that same
 * transaction under the name of the staff member who started the run.
 */
@ApplicationScoped
public class RunJournal {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject TenantLifecycleChanges lifecycle;
  @Inject RunJournal self;

  /** The engine's journal for one run. */
  public ApplyEngine.Journal of(long runId) {
    // through the bean's proxy, so that every record is its own transaction
    return new ApplyEngine.Journal() {
      @Override
      public void stepStarted(String stepKey) {
        self.stepStarted(runId, stepKey);
      }

      @Override
      public void stepFinished(String stepKey, StepState state, String objectId, String note) {
        self.stepFinished(runId, stepKey, state, objectId, note);
      }

      @Override
      public void runFinished(boolean completed, String reason) {
        self.runFinished(runId, completed, reason);
      }
    };
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void stepStarted(long runId, String stepKey) {
    ProvisioningRun run = em.find(ProvisioningRun.class, runId);
    run.step(stepKey).started();
    run.heartbeat(LocalDateTime.now(clock));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void stepFinished(
      long runId, String stepKey, StepState state, String objectId, String note) {
    ProvisioningRun run = em.find(ProvisioningRun.class, runId);
    LocalDateTime now = LocalDateTime.now(clock);
    ProvisioningStep step = run.step(stepKey);
    step.finished(state, objectId, note, now);
    run.heartbeat(now);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("run", runId);
    after.put("step", step.getObjectLabel());
    after.put("action", step.getAction().name());
    after.put("state", state.name());
    after.put("objectId", step.getObjectId());
    after.put("note", step.getNote());
    audit.record(
        new Actor(run.getStartedBy(), null),
        new AuditEntry(
            "PROVISIONING_STEP_" + state.name(),
            run.getTenantId(),
            "ProvisioningStep",
            runId + ":" + stepKey,
            Map.of(),
            after));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void runFinished(long runId, boolean completed, String reason) {
    ProvisioningRun run = em.find(ProvisioningRun.class, runId);
    run.finish(completed, reason, LocalDateTime.now(clock));
    if (completed) {
      StoredIntent intent = em.find(StoredIntent.class, run.getTenantId());
      if (intent != null) {
        if (run.getPurpose() == PlanPurpose.PROVISION) {
          intent.applied();
        } else {
          intent.offboarded();
        }
      }
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("run", runId);
    after.put("purpose", run.getPurpose().name());
    after.put("state", run.getState().name());
    after.put("stepsFinished", run.finishedSteps() + " of " + run.getSteps().size());
    if (!completed) {
      after.put("reason", reason);
    }
    lifecycle
        .onboardingReached(
            run.getTenantId(), stageAfter(run.getPurpose(), completed), reason, run.getStartedBy())
        .ifPresent(moved -> after.put("lifecycle", moved));
    audit.record(
        new Actor(run.getStartedBy(), null),
        new AuditEntry(
            completed ? "PROVISIONING_RUN_COMPLETED" : "PROVISIONING_RUN_STOPPED",
            run.getTenantId(),
            "ProvisioningRun",
            String.valueOf(runId),
            Map.of(),
            after));
  }

  /**
   * What a finished run tells the tenant's lifecycle: provisioned or failed; an offboarding that
   * stopped half-way leaves the tenant where provisioning had it (failed), so its page says so.
   */
  static OnboardingStage stageAfter(PlanPurpose purpose, boolean completed) {
    if (!completed) {
      return OnboardingStage.PROVISIONING_FAILED;
    }
    return purpose == PlanPurpose.PROVISION
        ? OnboardingStage.PROVISIONED
        : OnboardingStage.OFFBOARDED;
  }
}
