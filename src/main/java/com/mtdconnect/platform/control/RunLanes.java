package com.mtdconnect.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries background runs over many tenants out: a pool of lanes, each taking the run's next tenant
 * and giving it its turn ({@link TenantTurn}) until none is left; one tenant failing never stops
 * the others. Each kind of run holds its own instance (and so its own pool, stopped with it) and
 * says through {@link TenantRunSteps} what is particular to it.
 *
 * <p>The lanes are threads of the container's managed thread factory (container context: JNDI, CDI,
 * transactions), a pool of their own that bounds how many tenants are worked on at once; each lane
 * does its tenant's work itself. It is never handed to the container's managed executor: the Graph
 * gateway's MSAL token requests run there, and a tenant task waiting for its token on the same
 * executor can starve it (seen as a plan that never moved while the demo's rounds kept the executor
 * busy).
 */
@Dependent
public class RunLanes {
  private static final Logger LOG = Logger.getLogger(RunLanes.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject AfterCommit afterCommit;
  @Inject TenantTurn turn;

  private ExecutorService pool;

  /**
   * Starts lanes on the run once the current transaction (which wrote the run) commits, since the
   * lanes read it in transactions of their own; none when it rolls back.
   */
  public void startAfterCommit(long runId, TenantRunSteps<?, ?> steps) {
    afterCommit.run(() -> start(runId, steps));
  }

  /**
   * Starts {@link TenantRunSteps#lanes()} lanes on the run; each takes tenants until none is left.
   */
  public void start(long runId, TenantRunSteps<?, ?> steps) {
    ExecutorService lanes = pool(steps.lanes());
    for (int i = 0; i < steps.lanes(); i++) {
      lanes.submit(() -> lane(runId, steps));
    }
  }

  private synchronized ExecutorService pool(int size) {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(size, threads);
    }
    return pool;
  }

  private <T extends TakenTenant, R> void lane(long runId, TenantRunSteps<T, R> steps) {
    try {
      Optional<T> next;
      while ((next = steps.takeNext(runId)).isPresent()) {
        turn.take(next.get(), steps);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, steps.runKind() + " " + runId + ": a lane stopped", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
