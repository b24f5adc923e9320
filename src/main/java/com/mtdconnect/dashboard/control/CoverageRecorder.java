package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.CoverageDay;
import com.mtdconnect.polling.entity.InventorySummary;
import com.mtdconnect.polling.entity.RoundFinished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the day's install coverage of a tenant after each of its rounds (the fleet's coverage
 * chart), from the funnel the round stored; in a transaction of its own, and a failure here never
 * reaches the engine.
 */
@ApplicationScoped
public class CoverageRecorder {
  private static final Logger LOG = Logger.getLogger(CoverageRecorder.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CoverageRecorder self;
  @Inject Clock clock;

  void roundFinished(@Observes RoundFinished round) {
    try {
      self.record(round.tenantId());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Coverage of tenant " + round.tenantId() + " not recorded", e);
    }
  }

  /** Stores today's coverage of the tenant from its stored funnel (nothing before a funnel). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(long tenantId) {
    List<InventorySummary> funnels =
        em.createNamedQuery(InventorySummary.OF_TENANT, InventorySummary.class)
            .setParameter("tenantId", tenantId)
            .getResultList();
    if (funnels.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    CoverageDay day = em.find(CoverageDay.class, new CoverageDay.Key(tenantId, today));
    if (day == null) {
      day = new CoverageDay(tenantId, today);
      em.persist(day);
    }
    day.counted(
        funnels.stream().mapToInt(InventorySummary::getDevicesInScope).sum(),
        funnels.stream().mapToInt(InventorySummary::getAppInstalled).sum());
  }
}
