package com.mtdconnect.policies.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.entity.BackgroundRunTenant;
import com.mtdconnect.platform.entity.RunActor;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A publish run's phases and tenant states: planning every tenant, approval (blocked tenants left
 * out), applying with one tenant failing, retrying only the failed, resuming when the node stopped.
 */
class PublishRunTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 4, 9, 0);
  private static final RunActor PAT = new RunActor("pat", "Pat", Set.of("g1"), "10.0.0.2");
  private static final RunActor OLIVIA = new RunActor("olivia", "Olivia", Set.of(), "10.0.0.1");

  private static PublishRun run(int tenants) throws Exception {
    List<PublishRun.Target> targets =
        IntStream.range(0, tenants)
            .mapToObj(i -> new PublishRun.Target(100 + i, "Tenant " + i))
            .toList();
    PublishRun run = new PublishRun(7, "Shield iOS", targets, PAT, T0);
    long id = 1;
    for (PublishRunTenant t : run.getTenants()) {
      Field f = BackgroundRunTenant.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(t, id++);
    }
    return run;
  }

  private static PublishRow row(PublishRunTenant t, String action, PublishRow.Outcome outcome) {
    return new PublishRow(t.getTenantId(), t.getTenantName(), action, action + " detail", outcome);
  }

  /** Plans the three tenants: create, unchanged, blocked; the run then awaits approval. */
  private static PublishRun planned() throws Exception {
    PublishRun run = run(3);
    PublishRunTenant a = run.take(T0).orElseThrow();
    PublishRunTenant b = run.take(T0).orElseThrow();
    PublishRunTenant c = run.take(T0).orElseThrow();
    assertEquals(PublishRunTenant.State.PLANNING, a.getState());
    assertTrue(run.take(T0).isEmpty());
    assertEquals(PublishRun.Phase.PLANNING, run.getPhase(), "tenants are still being planned");
    a.planned(row(a, "Create", PublishRow.Outcome.PLANNED), 10, T0);
    b.planned(row(b, "Unchanged", PublishRow.Outcome.PLANNED), 10, T0);
    c.planned(row(c, "Blocked", PublishRow.Outcome.BLOCKED), 10, T0);
    assertTrue(run.take(T0).isEmpty());
    return run;
  }

  @Test
  void everyTenantIsPlannedFirstAndNothingIsAppliedBeforeApproval() throws Exception {
    PublishRun run = planned();
    assertEquals(PublishRun.Phase.AWAITING_APPROVAL, run.getPhase());
    assertFalse(run.isActive(T0));
    assertEquals(
        List.of(
            PublishRunTenant.State.PLANNED,
            PublishRunTenant.State.UNCHANGED,
            PublishRunTenant.State.BLOCKED),
        run.getTenants().stream().map(PublishRunTenant::getState).toList());
    assertTrue(run.take(T0).isEmpty(), "nothing is applied before approval");
    assertTrue(run.toRunAgain(T0).isEmpty());
  }

  @Test
  void approvalQueuesThePlannedAndUnchangedAndLeavesTheBlockedOut() throws Exception {
    PublishRun run = planned();
    assertEquals(2, run.approve(OLIVIA, T0));
    assertEquals("olivia", run.actor().username(), "the work acts for who approved");
    assertEquals(PublishRun.Phase.APPLYING, run.getPhase());
    assertEquals(PublishRunTenant.State.BLOCKED, run.getTenants().get(2).getState());
    assertThrows(PolicyRefused.class, () -> run.approve(OLIVIA, T0), "approved once");
  }

  @Test
  void aPlanStillComputingOrAllBlockedCannotBeApproved() throws Exception {
    PublishRun computing = run(1);
    assertThrows(PolicyRefused.class, () -> computing.approve(OLIVIA, T0));
    PublishRun blocked = run(1);
    PublishRunTenant t = blocked.take(T0).orElseThrow();
    t.planned(row(t, "Blocked", PublishRow.Outcome.BLOCKED), 5, T0);
    blocked.take(T0);
    PolicyRefused refused = assertThrows(PolicyRefused.class, () -> blocked.approve(OLIVIA, T0));
    assertTrue(refused.getMessage().contains("every tenant is blocked"), refused.getMessage());
  }

  @Test
  void oneTenantFailingLeavesTheOthersAppliedAndRetryRunsOnlyTheFailed() throws Exception {
    PublishRun run = planned();
    run.approve(OLIVIA, T0);
    PublishRunTenant a = run.take(T0).orElseThrow();
    PublishRunTenant b = run.take(T0).orElseThrow();
    assertEquals(PublishRunTenant.State.APPLYING, a.getState());
    a.applied(row(a, "Create", PublishRow.Outcome.FAILED), 30, T0.plusSeconds(1));
    b.applied(row(b, "Unchanged", PublishRow.Outcome.PUBLISHED), 30, T0.plusSeconds(1));
    assertTrue(run.take(T0.plusSeconds(2)).isEmpty());
    assertEquals(PublishRun.Phase.FINISHED, run.getPhase());
    assertEquals(PublishRunTenant.State.FAILED, a.getState());
    assertEquals("Create", a.getPlanAction(), "a failure keeps the plan");
    assertEquals(PublishRunTenant.State.UNCHANGED, b.getState());

    assertEquals(List.of(a), run.toRunAgain(T0.plusSeconds(3)));
    assertEquals(1, run.runAgain(PAT, T0.plusSeconds(3)));
    PublishRunTenant again = run.take(T0.plusSeconds(4)).orElseThrow();
    assertEquals(a, again);
    assertEquals(2, again.getAttempts());
    again.applied(row(a, "Create", PublishRow.Outcome.PUBLISHED), 20, T0.plusSeconds(5));
    assertTrue(run.take(T0.plusSeconds(5)).isEmpty());
    assertEquals(PublishRunTenant.State.APPLIED, a.getState());
    assertEquals(PublishRun.Phase.FINISHED, run.getPhase());
  }

  @Test
  void aRunWhoseWorkersVanishedIsInterruptedAndResumesWhereItStopped() throws Exception {
    PublishRun run = run(2);
    run.take(T0).orElseThrow();
    LocalDateTime later = T0.plus(PublishRun.STALE_AFTER).plusSeconds(1);
    assertTrue(run.isStale(later));
    assertFalse(run.isActive(later));
    assertEquals(2, run.toRunAgain(later).size(), "the one in flight and the one waiting");
    assertEquals(2, run.runAgain(OLIVIA, later));
    assertEquals(PublishRun.Phase.PLANNING, run.getPhase(), "resumes planning, not applying");
    assertTrue(run.isActive(later));
    assertEquals(PublishRunTenant.State.PLANNING, run.take(later).orElseThrow().getState());
  }

  @Test
  void theViewSaysWhereTheRunStandsAndOffersTheOneNextAction() throws Exception {
    PublishRun run = planned();
    PublishRunView awaiting = view(run);
    assertEquals("Awaiting approval", awaiting.getStateLabel());
    assertTrue(awaiting.isAwaitingApproval());
    assertTrue(awaiting.getStateText().startsWith("1 to create or update, 1 unchanged, 1 blocked"));
    assertEquals("", awaiting.getRetryAction());
    run.approve(OLIVIA, T0);
    PublishRunTenant a = run.take(T0).orElseThrow();
    PublishRunTenant b = run.take(T0).orElseThrow();
    a.applied(row(a, "Create", PublishRow.Outcome.FAILED), 30, T0);
    b.applied(row(b, "Unchanged", PublishRow.Outcome.PUBLISHED), 30, T0);
    run.take(T0);
    PublishRunView finished = view(run);
    assertEquals("Retry the 1 failed", finished.getRetryAction());
    assertTrue(finished.getStateText().contains("1 failed"), finished.getStateText());
    assertEquals("Create detail", finished.getRows().get(0).getText(), "the reason in words");
  }

  private static PublishRunView view(PublishRun run) {
    return new PublishRunView(
        1,
        run.getTemplateName(),
        run.getStartedBy(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getPhase(),
        run.isActive(T0),
        run.isStale(T0),
        0,
        run.getTenants().stream()
            .map(
                t ->
                    new PublishRunView.Row(
                        t.getTenantId(),
                        t.getTenantName(),
                        t.getState(),
                        t.getPlanAction(),
                        t.getDetail(),
                        t.getAttempts(),
                        t.getDurationMs()))
            .toList());
  }
}
