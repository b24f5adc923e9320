package com.mtdconnect.platform.control;

import com.mtdconnect.platform.entity.ExplainedFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One tenant's turn in a background run, start to finish, on the lane's own thread: its work runs
 * in a request context of its own, acting for the run's actor; a failure the operator can read
 * ({@link ExplainedFailure}) becomes the tenant's refusal with that message, any other failure is
 * logged and refused as "failed unexpectedly"; the result is recorded with how long it took.
 */
@ApplicationScoped
public class TenantTurn {
  private static final Logger LOG = Logger.getLogger(TenantTurn.class.getName());

  @Inject Instance<RequestContextController> requestContexts;
  @Inject ActingForActor acting;

  public <T extends TakenTenant, R> void take(T taken, TenantRunSteps<T, R> steps) {
    long started = System.nanoTime();
    R result = inRequestContext(() -> outcome(taken, steps));
    steps.record(taken, result, (System.nanoTime() - started) / 1_000_000);
  }

  private <T extends TakenTenant, R> R outcome(T taken, TenantRunSteps<T, R> steps) {
    try {
      return acting.actingFor(taken.actor(), () -> steps.work(taken));
    } catch (RuntimeException e) {
      if (e instanceof ExplainedFailure explained) {
        return steps.refused(taken, explained.getMessage());
      }
      LOG.log(
          Level.WARNING,
          steps.runKind() + " " + taken.runId() + ", tenant " + taken.tenantId() + " failed",
          e);
      return steps.refused(
          taken,
          "Failed unexpectedly ("
              + e.getClass().getSimpleName()
              + "); see the server log. Retry once the cause is fixed.");
    }
  }

  private <R> R inRequestContext(Supplier<R> work) {
    RequestContextController context = requestContexts.get();
    context.activate();
    try {
      return work.get();
    } finally {
      context.deactivate();
      requestContexts.destroy(context);
    }
  }
}
