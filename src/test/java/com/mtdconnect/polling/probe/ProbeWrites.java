package com.mtdconnect.polling.probe;

import com.mtdconnect.polling.control.PollFence;
import com.mtdconnect.polling.entity.RoundContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The probe's writes, each in its own transaction. */
@ApplicationScoped
public class ProbeWrites {
  @PersistenceContext EntityManager em;
  @Inject PollFence fence;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void bumpGeneration(long tenant) {
    em.createNativeQuery(
            "UPDATE tenant_poll_state SET generation = generation + 1 WHERE tenant_id = ?1")
        .setParameter(1, tenant)
        .executeUpdate();
  }

  /** What the probe writes, recognisable among what the inventory kinds store. */
  public static final int MARKER = 424_242;

  /**
   * Polled data written the way every kind writes it: then the fence, in one transaction (an
   * upsert: the inventory kinds of the same round may have stored the row already).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void storeFenced(RoundContext round) {
    em.createNativeQuery(
            "INSERT INTO inventory_summary (tenant_id, platform, targeted_users, updated_at)"
                + " VALUES (?1, 'IOS', ?2, NOW(3))"
                + " ON DUPLICATE KEY UPDATE targeted_users = ?2")
        .setParameter(1, round.tenantId())
        .setParameter(2, MARKER)
        .executeUpdate();
    fence.hold(round);
  }
}
