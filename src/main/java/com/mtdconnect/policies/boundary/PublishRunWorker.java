package com.mtdconnect.policies.boundary;

import com.mtdconnect.platform.control.RunLanes;
import com.mtdconnect.platform.control.TenantRunSteps;
import com.mtdconnect.policies.control.PublishRunJournal;
import com.mtdconnect.policies.entity.PublishRow;
import com.mtdconnect.policies.entity.PublishRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Carries publish runs out in the background, {@link #LANES} tenants at a time ({@link RunLanes}):
 * each lane takes the run's next tenant, plans it (planning phase) or publishes it (applying phase)
 * through {@link PolicyPublishing}, and records the outcome; one tenant failing never stops the
 * others. Each tenant's work acts for the staff member who started (approved, retried) the run: the
 * use case checks that member's Policies: Assign on the tenant and audits under their name. Graph
 * calls go through the gateway, which paces them within the per-tenant and app-wide budgets.
 */
@ApplicationScoped
public class PublishRunWorker {

  /** How many tenants are worked on at once (over all publish runs of this node). */
  public static final int LANES = 4;

  @Inject RunLanes lanes;
  @Inject PublishRunJournal journal;
  @Inject PolicyPublishing publishing;

  private final TenantRunSteps<PublishRunJournal.Taken, PublishRow> steps = new Steps();

  /**
   * Starts lanes on the run once the caller's transaction commits; each takes tenants until none is
   * left. Only {@link PolicyPublishRuns} calls it, once it checked the caller's permission on every
   * tenant and wrote the run.
   */
  void startAfterCommit(long runId) {
    lanes.startAfterCommit(runId, steps);
  }

  private class Steps implements TenantRunSteps<PublishRunJournal.Taken, PublishRow> {
    @Override
    public String runKind() {
      return "publish run";
    }

    @Override
    public int lanes() {
      return LANES;
    }

    @Override
    public Optional<PublishRunJournal.Taken> takeNext(long runId) {
      return journal.takeNext(runId);
    }

    /** The tenant's plan (planning phase) or publish (applying phase). */
    @Override
    public PublishRow work(PublishRunJournal.Taken taken) {
      return planning(taken)
          ? publishing.plan(taken.templateId(), taken.tenantId())
          : publishing.publish(taken.templateId(), taken.tenantId());
    }

    @Override
    public PublishRow refused(PublishRunJournal.Taken taken, String reason) {
      boolean planning = planning(taken);
      return new PublishRow(
          taken.tenantId(),
          "",
          planning ? "Blocked" : "Not published",
          reason,
          planning ? PublishRow.Outcome.BLOCKED : PublishRow.Outcome.FAILED);
    }

    @Override
    public void record(PublishRunJournal.Taken taken, PublishRow row, long millis) {
      journal.finished(taken, row, millis);
    }
  }

  private static boolean planning(PublishRunJournal.Taken taken) {
    return taken.phase() == PublishRun.Phase.PLANNING;
  }
}
