package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.boundary.GraphGateway;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies runs in the background on the container's managed executor: loads the run's unfinished
 * steps and what they need (tenant, intent, catalogue, partner id), then lets {@link ApplyEngine}
 * carry them out with the database journal. Whatever goes wrong ends the run as stopped with the
 * reason, so it can be resumed.
 */
@ApplicationScoped
public class ProvisioningWorker {
  private static final Logger LOG = Logger.getLogger(ProvisioningWorker.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject GraphGateway gateway;
  @Inject RunJournal journal;
  @Inject RunLoader loader;

  public void submit(long runId) {
    executor.submit(() -> work(runId));
  }

  /** Carries the run out in the calling thread (the executor's, or a caller's own worker). */
  public void work(long runId) {
    try {
      RunLoader.Work work = loader.load(runId);
      ApplyEngine.run(
          work.steps(),
          new StepRunner(gateway, work.directoryId(), work.desired(), work.formerlyOurs()),
          journal.of(runId),
          duration -> Thread.sleep(Math.max(1, duration.toMillis())));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "provisioning run " + runId + " stopped", e);
      journal.runFinished(runId, false, "The run stopped unexpectedly: " + e.getMessage());
    }
  }
}
