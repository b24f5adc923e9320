package com.mtdconnect.polling.control;

import com.mtdconnect.polling.entity.PollRound;
import com.mtdconnect.polling.entity.RoundOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's row in {@code tenant_poll_state} and the record of its rounds, each step in its own
 * short transaction: the start of a round takes a new fencing generation, the end writes the
 * outcome only while that generation is still current.
 */
@ApplicationScoped
public class PollState {

  @PersistenceContext EntityManager em;

  /**
   * What a round starts from.
   *
   * @param generation the generation this round took
   * @param failuresInARow transient failures before it
   * @param lastSuccess when each kind last succeeded
   */
  public record Start(
      long generation, int failuresInARow, Map<String, LocalDateTime> lastSuccess) {}

  /**
   * What a round did, to record.
   *
   * @param kindsSucceeded names of the kinds that completed, to remember their success time
   * @param nextAllowedAt when the next round may run at the earliest (null: on schedule)
   * @param retryAfterMillis what Microsoft asked for, or null
   */
  public record Finish(
      PollRound round,
      List<String> kindsSucceeded,
      LocalDateTime nextAllowedAt,
      Long retryAfterMillis) {}

  /** Bumps the tenant's generation (creating its row the first time) and reads its state. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Start begin(long tenantId) {
    em.createNativeQuery("INSERT IGNORE INTO tenant_poll_state (tenant_id) VALUES (?1)")
        .setParameter(1, tenantId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE tenant_poll_state SET generation = generation + 1 WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .executeUpdate();
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT generation, consecutive_failures FROM tenant_poll_state"
                        + " WHERE tenant_id = ?1")
                .setParameter(1, tenantId)
                .getSingleResult();
    Map<String, LocalDateTime> lastSuccess = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT kind, last_success_at FROM poll_kind_success WHERE tenant_id = ?1")
            .setParameter(1, tenantId)
            .getResultList()) {
      Object[] k = (Object[]) o;
      lastSuccess.put((String) k[0], time(k[1]));
    }
    return new Start(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), lastSuccess);
  }

  /**
   * Records the round. The tenant's state changes only while the round's generation is current;
   * otherwise the round is recorded as fenced out and nothing else is written.
   *
   * @return the round as recorded
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public PollRound finish(Finish finish) {
    PollRound round = finish.round();
    RoundOutcome outcome = round.getOutcome();
    boolean failed = outcome == RoundOutcome.FAILED || outcome == RoundOutcome.THROTTLED;
    boolean parked = outcome == RoundOutcome.PARKED;
    int held =
        outcome == RoundOutcome.FENCED_OUT
            ? 0
            : em.createNativeQuery(
                    "UPDATE tenant_poll_state SET last_round_at = ?1, last_outcome = ?2,"
                        + " last_error = ?3,"
                        + " last_success_at = CASE WHEN ?4 THEN ?1 ELSE last_success_at END,"
                        + " consecutive_failures = CASE WHEN ?5 THEN consecutive_failures + 1"
                        + " ELSE 0 END,"
                        + " next_allowed_at = ?6, retry_after_ms = ?7,"
                        + " parked_reason = CASE WHEN ?8 THEN ?3 ELSE NULL END,"
                        + " parked_at = CASE WHEN ?8 THEN COALESCE(parked_at, ?1) ELSE NULL END"
                        + " WHERE tenant_id = ?9 AND generation = ?10")
                .setParameter(1, round.getStartedAt())
                .setParameter(2, outcome.name())
                .setParameter(3, round.getError())
                .setParameter(4, outcome == RoundOutcome.SUCCEEDED)
                .setParameter(5, failed)
                .setParameter(6, finish.nextAllowedAt())
                .setParameter(7, finish.retryAfterMillis())
                .setParameter(8, parked)
                .setParameter(9, round.getTenantId())
                .setParameter(10, round.getGeneration())
                .executeUpdate();
    PollRound recorded = round;
    if (held == 1) {
      for (String kind : finish.kindsSucceeded()) {
        em.createNativeQuery(
                "INSERT INTO poll_kind_success (tenant_id, kind, last_success_at)"
                    + " VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE last_success_at = ?3")
            .setParameter(1, round.getTenantId())
            .setParameter(2, kind)
            .setParameter(3, round.getStartedAt())
            .executeUpdate();
      }
    } else if (outcome != RoundOutcome.FENCED_OUT) {
      recorded = fencedOut(round);
    }
    em.persist(recorded);
    return recorded;
  }

  /** Lifts a tenant's parking (its consent was verified again); returns whether it was parked. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean unpark(long tenantId) {
    return em.createNativeQuery(
                "UPDATE tenant_poll_state SET parked_reason = NULL, parked_at = NULL,"
                    + " next_allowed_at = NULL, consecutive_failures = 0"
                    + " WHERE tenant_id = ?1 AND parked_reason IS NOT NULL")
            .setParameter(1, tenantId)
            .executeUpdate()
        == 1;
  }

  /**
   * Until when Microsoft asked us to leave the tenant alone (its last round was throttled and the
   * {@code Retry-After} has not passed), by the portal's clock; empty otherwise.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LocalDateTime> throttledUntil(long tenantId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT next_allowed_at FROM tenant_poll_state WHERE tenant_id = ?1"
                    + " AND last_outcome = 'THROTTLED' AND next_allowed_at IS NOT NULL")
            .setParameter(1, tenantId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(time(rows.get(0)));
  }

  /** The tenant's last round: when, outcome, error, parked reason; empty if it never had one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Object[]> lastRound(long tenantId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT last_round_at, last_outcome, last_error, parked_reason"
                    + " FROM tenant_poll_state WHERE tenant_id = ?1")
            .setParameter(1, tenantId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
  }

  private static PollRound fencedOut(PollRound round) {
    return new PollRound(
        round.getTenantId(),
        round.getGeneration(),
        round.getNode(),
        round.getStartedAt(),
        round.getDurationMs(),
        round.getRequests(),
        round.getThrottled(),
        round.getChanges(),
        RoundOutcome.FENCED_OUT,
        "A newer round took over the tenant (generation "
            + round.getGeneration()
            + " is no longer current); this round's results were not stored.",
        round.getKinds(),
        round.getSkipped());
  }

  static LocalDateTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime t) {
      return t;
    }
    return ((Timestamp) value).toLocalDateTime();
  }
}
