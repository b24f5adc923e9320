package com.mtdconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.entity.ExplainedFailure;
import com.mtdconnect.platform.entity.RunActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TenantTurnTest {

  static final RunActor OLIVIA = new RunActor("olivia", "Olivia", Set.of("g1"), "10.0.0.1");

  record Taken(long runId, long tenantId, RunActor actor) implements TakenTenant {}

  /** A refusal whose message is written for the operator. */
  static class Refusal extends RuntimeException implements ExplainedFailure {
    Refusal(String message) {
      super(message);
    }
  }

  /** A run kind whose work is given by the test, recording what the turn hands it. */
  static class Steps implements TenantRunSteps<Taken, String> {
    final Function<Taken, String> work;
    final List<String> recorded = new ArrayList<>();
    final List<Long> millis = new ArrayList<>();
    RequestContextsForTests contexts;

    Steps(Function<Taken, String> work) {
      this.work = work;
    }

    @Override
    public String runKind() {
      return "test run";
    }

    @Override
    public int lanes() {
      return 1;
    }

    @Override
    public Optional<Taken> takeNext(long runId) {
      return Optional.empty();
    }

    @Override
    public String work(Taken taken) {
      return work.apply(taken);
    }

    @Override
    public String refused(Taken taken, String reason) {
      return "refused: " + reason;
    }

    @Override
    public void record(Taken taken, String result, long millis) {
      assertFalse(contexts.activeOnThisThread(), "recorded after the request context closed");
      recorded.add(result);
      this.millis.add(millis);
    }
  }

  /** Acting for the actor is seen by the work, as the identity component's seam does. */
  static class ActingRecorded implements ActingForActor {
    static final ThreadLocal<RunActor> ACTING = new ThreadLocal<>();

    @Override
    public <V> V actingFor(RunActor actor, Supplier<V> work) {
      ACTING.set(actor);
      try {
        return work.get();
      } finally {
        ACTING.remove();
      }
    }
  }

  private final RequestContextsForTests contexts = new RequestContextsForTests();

  private TenantTurn turn() {
    TenantTurn turn = new TenantTurn();
    turn.requestContexts = contexts;
    turn.acting = new ActingRecorded();
    return turn;
  }

  private Steps steps(Function<Taken, String> work) {
    Steps steps = new Steps(work);
    steps.contexts = contexts;
    return steps;
  }

  @Test
  void
      theWorkRunsInARequestContextOfItsOwnActingForTheRunsActorAndItsResultIsRecordedWithItsDuration() {
    Steps steps =
        steps(
            t -> {
              assertTrue(contexts.activeOnThisThread());
              assertEquals(OLIVIA, ActingRecorded.ACTING.get());
              sleep(30);
              return "done " + t.tenantId();
            });
    turn().take(new Taken(7, 42, OLIVIA), steps);
    assertEquals(List.of("done 42"), steps.recorded);
    assertTrue(steps.millis.get(0) >= 25, "duration " + steps.millis);
    assertEquals(1, contexts.opened.get());
    assertEquals(1, contexts.destroyed.get());
  }

  @Test
  void aFailureExplainedToTheOperatorIsRecordedAsTheRefusalWithItsMessage() {
    Steps steps =
        steps(
            t -> {
              throw new Refusal("Your role assignments do not include the permission X");
            });
    turn().take(new Taken(7, 42, OLIVIA), steps);
    assertEquals(
        List.of("refused: Your role assignments do not include the permission X"), steps.recorded);
    assertEquals(1, contexts.destroyed.get());
  }

  @Test
  void anyOtherFailureIsRefusedAsUnexpectedWithoutItsDetailsAndPointsToTheServerLog() {
    Steps steps =
        steps(
            t -> {
              throw new IllegalStateException("connection pool exhausted at db-7");
            });
    turn().take(new Taken(7, 42, OLIVIA), steps);
    assertEquals(
        List.of(
            "refused: Failed unexpectedly (IllegalStateException); see the server log."
                + " Retry once the cause is fixed."),
        steps.recorded);
    assertEquals(1, contexts.destroyed.get());
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
