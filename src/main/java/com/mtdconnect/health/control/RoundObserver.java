package com.mtdconnect.health.control;

import com.mtdconnect.polling.entity.RoundFinished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes a tenant's health after each of its polling rounds. The engine fires {@link
 * RoundFinished} after the round's transaction committed, so the recompute reads what the round
 * stored; it runs in a transaction of its own, and a failure here never reaches the engine.
 */
@ApplicationScoped
public class RoundObserver {
  private static final Logger LOG = Logger.getLogger(RoundObserver.class.getName());

  @Inject HealthRecompute recompute;
  @Inject RoundObserver self;

  void roundFinished(@Observes RoundFinished round) {
    try {
      self.recomputeAlone(round.tenantId());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Health of tenant " + round.tenantId() + " not recomputed after its round",
          e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recomputeAlone(long tenantId) {
    recompute.recompute(tenantId);
  }
}
