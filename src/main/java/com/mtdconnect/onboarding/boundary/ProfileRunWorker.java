package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.onboarding.control.ProfileRunJournal;
import com.mtdconnect.platform.control.RunLanes;
import com.mtdconnect.platform.control.TenantRunSteps;
import com.mtdconnect.provisioning.boundary.ProvisioningInForeground;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.provisioning.entity.ProvisioningRun;
import com.mtdconnect.provisioning.entity.RunState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Carries profile runs out in the background, {@link #LANES} tenants at a time ({@link RunLanes}):
 * each lane takes the run's next waiting tenant, fills its choices from the profile, plans against
 * its Intune and applies the plan (carrying the provisioning run out itself), and records the
 * result; one tenant failing never stops the others. Each tenant's work acts for the staff member
 * who started (or retried) the run: the same use cases as the wizard check that member's permission
 * on that tenant and audit under their name.
 */
@ApplicationScoped
public class ProfileRunWorker {

  /** How many tenants are worked on at once (over all runs of this node). */
  public static final int LANES = 3;

  @Inject RunLanes lanes;
  @Inject ProfileRunJournal journal;
  @Inject ProfileApplication profileApplication;
  @Inject OnboardingHandOff handOff;
  @Inject ProvisioningInForeground provisioning;

  private final TenantRunSteps<ProfileRunJournal.Taken, Outcome> steps = new Steps();

  /**
   * Starts lanes on the run once the caller's transaction commits; each takes waiting tenants until
   * none is left. Only {@link ProfileRuns} calls it, once it checked the caller's permission on
   * every tenant and wrote the run.
   */
  void startAfterCommit(long runId) {
    lanes.startAfterCommit(runId, steps);
  }

  /** Done (with what it did) or failed (with the reason in plain words). */
  record Outcome(boolean done, String reason) {}

  private class Steps implements TenantRunSteps<ProfileRunJournal.Taken, Outcome> {
    @Override
    public String runKind() {
      return "profile run";
    }

    @Override
    public int lanes() {
      return LANES;
    }

    @Override
    public Optional<ProfileRunJournal.Taken> takeNext(long runId) {
      return journal.takeNext(runId);
    }

    @Override
    public Outcome work(ProfileRunJournal.Taken taken) {
      return onboardAll(taken);
    }

    @Override
    public Outcome refused(ProfileRunJournal.Taken taken, String reason) {
      return new Outcome(false, reason);
    }

    @Override
    public void record(ProfileRunJournal.Taken taken, Outcome outcome, long millis) {
      journal.finished(taken.runId(), taken.rowId(), outcome.done(), outcome.reason(), millis);
    }
  }

  private Outcome onboardAll(ProfileRunJournal.Taken taken) {
    long tenantId = taken.tenantId();
    journal.stage(taken.runId(), taken.rowId(), "Filling the choices from the profile");
    profileApplication.apply(tenantId, taken.profileId());
    journal.stage(taken.runId(), taken.rowId(), "Planning against the tenant's Intune");
    ProvisioningPlan plan = handOff.plan(tenantId);
    long blocked = plan.count(PlanAction.BLOCKED);
    long changes = plan.count(PlanAction.CREATE) + plan.count(PlanAction.UPDATE);
    journal.stage(
        taken.runId(),
        taken.rowId(),
        "Applying the plan (" + changes + " change" + (changes == 1 ? "" : "s") + ")");
    ProvisioningProgress progress = provisioning.apply(tenantId);
    ProvisioningRun run = progress.getLatest();
    journal.applying(taken.runId(), taken.rowId(), run.getId());
    if (run.getState() != RunState.DONE) {
      return new Outcome(
          false,
          "Applying stopped: "
              + run.getReason()
              + " Retry once the cause is fixed; it continues where it stopped.");
    }
    return new Outcome(
        true,
        "Provisioned: "
            + plan.count(PlanAction.CREATE)
            + " created, "
            + plan.count(PlanAction.UPDATE)
            + " updated, "
            + plan.count(PlanAction.UNCHANGED)
            + " unchanged"
            + (blocked > 0 ? ", " + blocked + " blocked (see the tenant's provisioning page)" : "")
            + ". The app is installing.");
  }
}
