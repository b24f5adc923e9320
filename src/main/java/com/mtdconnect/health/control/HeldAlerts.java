package com.mtdconnect.health.control;

import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.TenantHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Alerts the flapping guard held back go out once the minimum interval passed and the change still
 * stands, without waiting for the tenant's next round (which may be a day away): the delivery
 * worker asks at every tick, and each such tenant's health is recomputed from what is stored (no
 * Graph call) in a transaction of its own. The recompute locks the tenant's health row and decides
 * again, so two nodes asking at once raise one alert.
 */
@ApplicationScoped
public class HeldAlerts {
  private static final Logger LOG = Logger.getLogger(HeldAlerts.class.getName());

  /** The most tenants one tick releases. */
  static final int BATCH = 50;

  @PersistenceContext EntityManager em;
  @Inject HealthRecompute recompute;
  @Inject HealthSettings settings;
  @Inject Clock clock;
  @Inject HeldAlerts self;

  /** Recomputes every tenant whose held-back change is due; returns how many. */
  public int releaseDue() {
    int released = 0;
    for (Long tenantId : self.due()) {
      try {
        self.recomputeAlone(tenantId);
        released++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Held-back alert of tenant " + tenantId + " not released", e);
      }
    }
    return released;
  }

  /**
   * Tenants in a scored state staff were not told about, whose last alert is older than the minimum
   * interval.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> due() {
    LocalDateTime before = LocalDateTime.now(clock).minus(settings.minInterval());
    return em.createQuery(
            "SELECT h.tenantId FROM TenantHealth h WHERE h.state <> h.alertedState"
                + " AND h.state <> :notPolled AND h.alertedAt IS NOT NULL"
                + " AND h.alertedAt <= :before ORDER BY h.alertedAt",
            Long.class)
        .setParameter("notPolled", HealthState.NOT_POLLED)
        .setParameter("before", before)
        .setMaxResults(BATCH)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public TenantHealth recomputeAlone(long tenantId) {
    return recompute.recompute(tenantId);
  }
}
