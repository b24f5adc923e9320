package com.mtdconnect.health.control;

import com.mtdconnect.health.entity.AlertChannel;
import com.mtdconnect.health.entity.AlertDelivery;
import com.mtdconnect.health.entity.AlertRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The alert outbox as the delivery worker works it, each step in a short transaction of its own:
 * claim the due deliveries (locked, then leased for {@link #LEASE}, so two nodes never take the
 * same one and a node that dies mid-send leaves it to the next), then record each outcome.
 */
@ApplicationScoped
public class AlertDeliveries {
  /** How long a claimed delivery stays with the node that claimed it. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject HealthSettings settings;
  @Inject Clock clock;

  /** What one attempt needs, read in the claiming transaction. */
  public record Job(
      long id,
      Long tenantId,
      AlertChannel channel,
      String target,
      String subject,
      String body,
      Optional<String> sealedSecret) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Job> claimDue(int max) {
    LocalDateTime now = LocalDateTime.now(clock);
    List<AlertDelivery> due =
        em.createNamedQuery(AlertDelivery.DUE, AlertDelivery.class)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(max)
            .getResultList();
    return due.stream()
        .map(
            d -> {
              d.claim(now.plus(LEASE));
              AlertRule rule = em.find(AlertRule.class, d.getRuleId());
              return new Job(
                  d.getId(),
                  d.getTenantId(),
                  d.getChannel(),
                  d.getTarget(),
                  d.getSubject(),
                  d.getBody(),
                  Optional.ofNullable(rule == null ? null : rule.sealedWebhookSecret()));
            })
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delivered(long id) {
    AlertDelivery d = em.find(AlertDelivery.class, id);
    if (d != null) {
      d.delivered(LocalDateTime.now(clock));
    }
  }

  /** Records a failed attempt and schedules the next one with exponential backoff. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AlertDelivery attemptFailed(long id, String error) {
    AlertDelivery d = em.find(AlertDelivery.class, id);
    if (d != null) {
      d.attemptFailed(
          error,
          LocalDateTime.now(clock),
          settings.retryBase(),
          settings.retryCap(),
          settings.maxAttempts());
    }
    return d;
  }
}
