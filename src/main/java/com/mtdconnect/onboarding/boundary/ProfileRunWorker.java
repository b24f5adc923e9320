package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.onboarding.control.ProfileRunJournal;
import com.mtdconnect.platform.entity.ProblemForUser;
import com.mtdconnect.provisioning.boundary.ProvisioningInForeground;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.provisioning.entity.ProvisioningRun;
import com.mtdconnect.provisioning.entity.RunState;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries profile runs out in the background, {@link #LANES} tenants at a time: each lane takes the
 * run's next waiting tenant, fills its choices from the profile, plans against its Intune and
 * applies the plan (carrying the provisioning run out itself), and records the result; one tenant
 * failing never stops the others. Each tenant's work acts for the staff member who started (or
 * retried) the run: the same use cases as the wizard check that member's permission on that tenant
 * and audit under their name.
 *
 * <p>The lanes are threads of the container's managed thread factory, a pool of their own that
 * bounds how many tenants run at once; each tenant's work runs as a task of the managed executor
 * (like the provisioning page's apply), which the lane waits for.
 */
@ApplicationScoped
public class ProfileRunWorker {
  private static final Logger LOG = Logger.getLogger(ProfileRunWorker.class.getName());

  /** How many tenants are worked on at once (over all runs of this node). */
  public static final int LANES = 3;

  @Resource ManagedThreadFactory threads;
  @Resource ManagedExecutorService executor;
  @Inject ProfileRunJournal journal;
  @Inject Clock clock;
  @Inject Instance<RequestContextController> requestContexts;
  @Inject ProfileApplication profileApplication;
  @Inject OnboardingHandOff handOff;
  @Inject ProvisioningInForeground provisioning;

  private ExecutorService lanes;

  /**
   * Starts lanes on the run; each takes waiting tenants until none is left. Only {@link
   * ProfileRuns} calls it, once it checked the caller's permission on every tenant and committed
   * the run.
   */
  void submit(long runId) {
    ExecutorService pool = pool();
    for (int i = 0; i < LANES; i++) {
      pool.submit(() -> lane(runId));
    }
  }

  private synchronized ExecutorService pool() {
    if (lanes == null) {
      lanes = Executors.newFixedThreadPool(LANES, threads);
    }
    return lanes;
  }

  @PreDestroy
  synchronized void stop() {
    if (lanes != null) {
      lanes.shutdownNow();
    }
  }

  private void lane(long runId) {
    try {
      Optional<ProfileRunJournal.Taken> next;
      while ((next = journal.takeNext(runId)).isPresent()) {
        ProfileRunJournal.Taken taken = next.get();
        // the tenant's work is a task of the managed executor, as the provisioning page's apply
        // is, so it gets the container context every task gets and lives no longer than it
        Future<?> work = executor.submit(() -> tenant(taken));
        try {
          work.get();
        } catch (ExecutionException e) {
          LOG.log(Level.WARNING, "profile run " + runId + ": tenant task failed", e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warning(() -> "profile run " + runId + ": a lane was stopped (the portal stops)");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "profile run " + runId + ": a lane stopped", e);
    }
  }

  /** One tenant, start to finish, in a request context of its own acting for the run's starter. */
  private void tenant(ProfileRunJournal.Taken taken) {
    long started = System.nanoTime();
    RequestContextController context = requestContexts.get();
    context.activate();
    Outcome outcome;
    try {
      SignedInStaff staff =
          new SignedInStaff(
              taken.actor().username(),
              taken.actor().displayName(),
              taken.actor().entraGroups(),
              clock.instant());
      outcome =
          CurrentStaff.actingFor(staff, taken.actor().clientAddress(), () -> onboardAll(taken));
    } catch (ProblemForUser | GraphFailure | AccessDenied | TenantNotFound e) {
      outcome = new Outcome(false, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "profile run " + taken.runId() + ", tenant " + taken.tenantId() + " failed",
          e);
      outcome =
          new Outcome(
              false,
              "Failed unexpectedly ("
                  + e.getClass().getSimpleName()
                  + "); see the server log. Retry once the cause is fixed.");
    } finally {
      context.deactivate();
      requestContexts.destroy(context);
    }
    journal.finished(
        taken.runId(),
        taken.rowId(),
        outcome.done(),
        outcome.reason(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private record Outcome(boolean done, String reason) {}

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
