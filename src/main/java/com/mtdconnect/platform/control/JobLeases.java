package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Lets exactly one node run a round of a recurring job when several share the database: a node
 * takes the job's lease with a conditional UPDATE and holds it until the lease runs out. Nodes do
 * not talk to each other; the database decides.
 */
@ApplicationScoped
public class JobLeases {

  /** This node, as lease holders are recorded. */
  private static final String NODE =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Takes the lease of {@code job} for {@code length} if no node holds it or this node's lease
   * ended, and only if the last round started at least {@code interval} ago; returns whether this
   * node may run the round now.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean tryTake(String job, Duration interval, Duration length) {
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "INSERT IGNORE INTO job_lease (name, holder, lease_until, last_run_at)"
                + " VALUES (?1, '', ?2, NULL)")
        .setParameter(1, job)
        .setParameter(2, now.minusSeconds(1))
        .executeUpdate();
    int taken =
        em.createNativeQuery(
                "UPDATE job_lease SET holder = ?1, lease_until = ?2, last_run_at = ?3"
                    + " WHERE name = ?4 AND lease_until < ?3"
                    + " AND (last_run_at IS NULL OR last_run_at <= ?5)")
            .setParameter(1, NODE)
            .setParameter(2, now.plus(length))
            .setParameter(3, now)
            .setParameter(4, job)
            .setParameter(5, now.minus(interval))
            .executeUpdate();
    return taken == 1;
  }

  /** Ends this node's lease early (the round is over). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String job) {
    em.createNativeQuery("UPDATE job_lease SET lease_until = ?1 WHERE name = ?2 AND holder = ?3")
        .setParameter(1, LocalDateTime.now(clock).minusSeconds(1))
        .setParameter(2, job)
        .setParameter(3, NODE)
        .executeUpdate();
  }
}
