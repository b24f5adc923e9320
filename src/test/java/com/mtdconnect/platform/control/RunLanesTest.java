package com.mtdconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.control.TenantTurnTest.ActingRecorded;
import com.mtdconnect.platform.control.TenantTurnTest.Taken;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunLanesTest {

  /** The container's managed thread factory, naming its threads so a test can tell them apart. */
  static class LaneThreads implements ManagedThreadFactory {
    final Set<Thread> made = ConcurrentHashMap.newKeySet();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "lane-" + made.size());
      t.setDaemon(true);
      made.add(t);
      return t;
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      throw new UnsupportedOperationException();
    }
  }

  /** A run of {@code tenants} tenants; tenant 3 fails, every tenant's work takes a moment. */
  static class TenTenants implements TenantRunSteps<Taken, String> {
    final int lanes;
    final Deque<Long> waiting = new ArrayDeque<>();
    final Map<Long, String> recorded = new ConcurrentHashMap<>();
    final Map<Long, Thread> workedOn = new ConcurrentHashMap<>();
    final AtomicInteger atOnce = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final CountDownLatch allRecorded;

    TenTenants(int tenants, int lanes) {
      this.lanes = lanes;
      for (long t = 1; t <= tenants; t++) {
        waiting.add(t);
      }
      allRecorded = new CountDownLatch(tenants);
    }

    @Override
    public String runKind() {
      return "test run";
    }

    @Override
    public int lanes() {
      return lanes;
    }

    @Override
    public synchronized Optional<Taken> takeNext(long runId) {
      Long next = waiting.poll();
      return next == null
          ? Optional.empty()
          : Optional.of(new Taken(runId, next, TenantTurnTest.OLIVIA));
    }

    @Override
    public String work(Taken taken) {
      mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
      try {
        workedOn.put(taken.tenantId(), Thread.currentThread());
        TenantTurnTest.sleep(20);
        if (taken.tenantId() == 3) {
          throw new IllegalStateException("boom");
        }
        return "done";
      } finally {
        atOnce.decrementAndGet();
      }
    }

    @Override
    public String refused(Taken taken, String reason) {
      return "failed";
    }

    @Override
    public void record(Taken taken, String result, long millis) {
      recorded.put(taken.tenantId(), result);
      allRecorded.countDown();
    }
  }

  private final LaneThreads threads = new LaneThreads();
  private final RunLanes lanes = new RunLanes();

  RunLanesTest() {
    TenantTurn turn = new TenantTurn();
    turn.requestContexts = new RequestContextsForTests();
    turn.acting = new ActingRecorded();
    lanes.threads = threads;
    lanes.turn = turn;
  }

  @AfterEach
  void stop() {
    lanes.stop();
  }

  @Test
  void everyTenantIsWorkedOnAndRecordedAndOneFailingStopsNoOther() throws Exception {
    TenTenants run = new TenTenants(10, 3);
    lanes.start(7, run);
    assertTrue(run.allRecorded.await(10, TimeUnit.SECONDS), "recorded " + run.recorded);
    assertEquals(10, run.recorded.size());
    assertEquals("failed", run.recorded.get(3L));
    assertEquals(9, run.recorded.values().stream().filter("done"::equals).count());
  }

  @Test
  void eachTenantsWorkRunsOnItsLaneThreadNeverOnAnotherExecutor() throws Exception {
    TenTenants run = new TenTenants(6, 2);
    lanes.start(7, run);
    assertTrue(run.allRecorded.await(10, TimeUnit.SECONDS));
    assertEquals(6, run.workedOn.size());
    assertTrue(
        threads.made.containsAll(run.workedOn.values()),
        "worked on " + run.workedOn + ", lanes " + threads.made);
  }

  @Test
  void theLanesBoundHowManyTenantsAreWorkedOnAtOnceOverAllRuns() throws Exception {
    TenTenants first = new TenTenants(8, 2);
    TenTenants second = new TenTenants(8, 2);
    lanes.start(7, first);
    lanes.start(8, second);
    assertTrue(first.allRecorded.await(10, TimeUnit.SECONDS));
    assertTrue(second.allRecorded.await(10, TimeUnit.SECONDS));
    assertEquals(2, threads.made.size());
    assertTrue(first.mostAtOnce.get() <= 2, "at once " + first.mostAtOnce);
  }
}
