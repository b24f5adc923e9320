package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.PlanLine;
import com.mtdconnect.provisioning.entity.StepImpossible;
import com.mtdconnect.provisioning.entity.StepState;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the unfinished steps of a run in order and records each in the journal before and after it
 * runs. Blocked lines are skipped with their reason. Throttling that outlasts the gateway's own
 * retries is waited out here ({@code Retry-After}, a few times); any other failure stops the run at
 * that step with the reason in words, to be resumed from there.
 */
public final class ApplyEngine {

  private static final Logger LOG = Logger.getLogger(ApplyEngine.class.getName());
  static final int THROTTLE_WAITS = 5;

  /** Where the engine records progress (the database in the portal, memory in tests). */
  public interface Journal {
    void stepStarted(String stepKey);

    void stepFinished(String stepKey, StepState state, String objectId, String note);

    void runFinished(boolean completed, String reason);
  }

  /** How the engine waits out throttling. */
  @FunctionalInterface
  public interface Waiter {
    void await(Duration duration) throws InterruptedException;
  }

  /** One step of a run with its state so far. */
  public record Step(PlanLine line, StepState state) {}

  private ApplyEngine() {}

  /** True when every step finished. */
  public static boolean run(List<Step> steps, StepRunner runner, Journal journal, Waiter waiter) {
    for (Step step : steps) {
      if (step.state().finished()) {
        continue;
      }
      PlanLine line = step.line();
      if (line.action() == PlanAction.BLOCKED) {
        journal.stepFinished(line.stepKey(), StepState.SKIPPED, line.objectId(), line.reason());
        continue;
      }
      journal.stepStarted(line.stepKey());
      String failure = null;
      StepOutcome outcome = null;
      for (int attempt = 0; ; attempt++) {
        try {
          outcome = runner.run(line);
          break;
        } catch (GraphThrottled throttled) {
          if (attempt >= THROTTLE_WAITS) {
            failure = throttled.getMessage();
            break;
          }
          try {
            waiter.await(throttled.retryAfter());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "The portal stopped while waiting for Microsoft's throttling to pass.";
            break;
          }
        } catch (GraphFailure | StepImpossible e) {
          failure = e.getMessage();
          break;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "apply step " + line.stepKey() + " failed", e);
          failure = "Unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage();
          break;
        }
      }
      if (failure != null) {
        journal.stepFinished(line.stepKey(), StepState.FAILED, line.objectId(), failure);
        journal.runFinished(false, failure);
        return false;
      }
      journal.stepFinished(line.stepKey(), StepState.DONE, outcome.objectId(), outcome.note());
    }
    journal.runFinished(true, "");
    return true;
  }
}
