package com.mtdconnect.polling.control;

import com.mtdconnect.polling.entity.RoundContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The fencing guard every write of polled data goes through: called inside the transaction that
 * stores a round's results, it proves the round's generation is still the tenant's current one and
 * holds the tenant's poll-state row locked until that transaction ends, so a newer round cannot
 * start in between; otherwise it throws {@link FencedOut} and the whole transaction rolls back.
 */
@ApplicationScoped
public class PollFence {

  @PersistenceContext EntityManager em;

  /** Within the caller's transaction: this round still owns the tenant, or {@link FencedOut}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(RoundContext round) {
    int held =
        em.createNativeQuery(
                "UPDATE tenant_poll_state SET fenced_writes = fenced_writes + 1"
                    + " WHERE tenant_id = ?1 AND generation = ?2")
            .setParameter(1, round.tenantId())
            .setParameter(2, round.generation())
            .executeUpdate();
    if (held != 1) {
      throw new FencedOut(round.tenantId(), round.generation());
    }
  }
}
