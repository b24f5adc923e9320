package com.mtdconnect.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.entity.BackgroundRunTenant;
import com.mtdconnect.platform.entity.RunActor;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A profile run's states: taking tenants, finishing, retrying the failed, resuming when stale. */
class ProfileRunTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 4, 9, 0);
  private static final RunActor OLIVIA =
      new RunActor("olivia", "Olivia", Set.of("g1", "g2"), "10.0.0.1");

  private static ProfileRun run(int tenants) throws Exception {
    List<ProfileRun.Target> targets =
        java.util.stream.IntStream.range(0, tenants)
            .mapToObj(i -> new ProfileRun.Target(100 + i, "Tenant " + i))
            .toList();
    ProfileRun run = new ProfileRun(7, "Standard", targets, OLIVIA, T0);
    long id = 1;
    for (ProfileRunTenant t : run.getTenants()) {
      Field f = BackgroundRunTenant.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(t, id++);
    }
    return run;
  }

  @Test
  void workersTakeTenantsInOrderAndTheRunFinishesWhenNoneWaitsOrRuns() throws Exception {
    ProfileRun run = run(3);
    ProfileRunTenant first = run.take(T0).orElseThrow();
    ProfileRunTenant second = run.take(T0).orElseThrow();
    assertEquals(100, first.getTenantId());
    assertEquals(101, second.getTenantId());
    first.finish(true, "Provisioned", 1200, T0);
    second.finish(false, "Consent missing", 300, T0);
    ProfileRunTenant third = run.take(T0).orElseThrow();
    assertTrue(run.take(T0).isEmpty());
    assertEquals(ProfileRun.State.RUNNING, run.getState(), "the third still runs");
    third.finish(true, "Provisioned", 900, T0);
    assertTrue(run.take(T0.plusSeconds(1)).isEmpty());
    assertEquals(ProfileRun.State.FINISHED, run.getState());
    assertEquals(T0.plusSeconds(1), run.getFinishedAt());
    assertEquals(2, run.count(ProfileRunTenant.State.DONE));
    assertEquals(1, run.count(ProfileRunTenant.State.FAILED));
  }

  @Test
  void retryRunsOnlyTheFailedTenantsAgainActingForWhoRetried() throws Exception {
    ProfileRun run = run(3);
    run.take(T0).orElseThrow().finish(true, "ok", 1, T0);
    run.take(T0).orElseThrow().finish(false, "Microsoft Graph: 503", 1, T0);
    run.take(T0).orElseThrow().finish(true, "ok", 1, T0);
    run.take(T0);
    assertEquals(1, run.toRunAgain(T0).size());
    RunActor ravi = new RunActor("ravi", "Ravi", Set.of(), "10.0.0.2");
    assertEquals(1, run.runAgain(ravi, T0.plusMinutes(1)));
    assertEquals(ProfileRun.State.RUNNING, run.getState());
    assertEquals("ravi", run.actor().username());
    ProfileRunTenant again = run.take(T0.plusMinutes(1)).orElseThrow();
    assertEquals(101, again.getTenantId());
    assertEquals(2, again.getAttempts());
    assertTrue(run.take(T0.plusMinutes(1)).isEmpty(), "the done ones are not run again");
  }

  @Test
  void anActiveRunOffersNothingAndAStaleOneResumesWhatItLeftUndone() throws Exception {
    ProfileRun run = run(3);
    run.take(T0).orElseThrow().finish(false, "No group matches", 1, T0);
    run.take(T0); // running when the node stopped; the third still waits
    assertTrue(run.isActive(T0.plusMinutes(4)));
    assertTrue(run.toRunAgain(T0.plusMinutes(4)).isEmpty(), "workers hold it");
    LocalDateTime later = T0.plus(ProfileRun.STALE_AFTER).plusSeconds(1);
    assertFalse(run.isActive(later));
    assertTrue(run.isStale(later));
    assertEquals(3, run.toRunAgain(later).size(), "failed, half done and waiting");
    assertEquals(3, run.runAgain(OLIVIA, later));
    assertTrue(run.isActive(later));
    assertEquals(
        Set.of("g1", "g2"), run.actor().entraGroups(), "the groups survive the round trip");
  }
}
