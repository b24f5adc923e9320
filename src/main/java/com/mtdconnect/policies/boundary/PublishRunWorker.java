package com.mtdconnect.policies.boundary;

import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.entity.ProblemForUser;
import com.mtdconnect.policies.control.PublishRunJournal;
import com.mtdconnect.policies.entity.PublishRow;
import com.mtdconnect.policies.entity.PublishRun;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries publish runs out in the background, {@link #LANES} tenants at a time: each lane takes the
 * run's next tenant, plans it (planning phase) or publishes it (applying phase) through {@link
 * PolicyPublishing}, and records the outcome; one tenant failing never stops the others. Each
 * tenant's work acts for the staff member who started (approved, retried) the run: the use case
 * checks that member's Policies: Assign on the tenant and audits under their name. Graph calls go
 * through the gateway, which paces them within the per-tenant and app-wide budgets.
 *
 * <p>The lanes are threads of the container's managed thread factory (container context: JNDI, CDI,
 * transactions), a pool of their own that bounds how many tenants are worked on at once; each lane
 * does its tenant's work itself. It is not handed to the container's managed executor: the
 * gateway's MSAL token requests run there, and a tenant task waiting for its token on the same
 * executor can starve it (seen as a plan that never moved while the demo's rounds kept the executor
 * busy).
 */
@ApplicationScoped
public class PublishRunWorker {
  private static final Logger LOG = Logger.getLogger(PublishRunWorker.class.getName());

  /** How many tenants are worked on at once (over all publish runs of this node). */
  public static final int LANES = 4;

  @Resource ManagedThreadFactory threads;
  @Inject PublishRunJournal journal;
  @Inject Clock clock;
  @Inject Instance<RequestContextController> requestContexts;
  @Inject PolicyPublishing publishing;

  private ExecutorService lanes;

  /**
   * Starts lanes on the run; each takes tenants until none is left. Only {@link PolicyPublishRuns}
   * calls it, once it checked the caller's permission on every tenant and committed the run.
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
      Optional<PublishRunJournal.Taken> next;
      while ((next = journal.takeNext(runId)).isPresent()) {
        tenant(next.get());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "publish run " + runId + ": a lane stopped", e);
    }
  }

  /** One tenant's plan or publish, in a request context of its own acting for the run's actor. */
  private void tenant(PublishRunJournal.Taken taken) {
    long started = System.nanoTime();
    RequestContextController context = requestContexts.get();
    context.activate();
    boolean planning = taken.phase() == PublishRun.Phase.PLANNING;
    PublishRow row;
    try {
      SignedInStaff staff =
          new SignedInStaff(
              taken.actor().username(),
              taken.actor().displayName(),
              taken.actor().entraGroups(),
              clock.instant());
      row =
          CurrentStaff.actingFor(
              staff,
              taken.actor().clientAddress(),
              () ->
                  planning
                      ? publishing.plan(taken.templateId(), taken.tenantId())
                      : publishing.publish(taken.templateId(), taken.tenantId()));
    } catch (ProblemForUser | GraphFailure | AccessDenied | TenantNotFound e) {
      row = refused(taken, planning, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "publish run " + taken.runId() + ", tenant " + taken.tenantId() + " failed",
          e);
      row =
          refused(
              taken,
              planning,
              "Failed unexpectedly ("
                  + e.getClass().getSimpleName()
                  + "); see the server log. Retry once the cause is fixed.");
    } finally {
      context.deactivate();
      requestContexts.destroy(context);
    }
    journal.finished(taken, row, (System.nanoTime() - started) / 1_000_000);
  }

  private static PublishRow refused(PublishRunJournal.Taken taken, boolean planning, String why) {
    return new PublishRow(
        taken.tenantId(),
        "",
        planning ? "Blocked" : "Not published",
        why,
        planning ? PublishRow.Outcome.BLOCKED : PublishRow.Outcome.FAILED);
  }
}
