package com.mtdconnect.health.control;

import com.mtdconnect.health.entity.AlertDecision;
import com.mtdconnect.health.entity.HealthReason;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.HealthTransition;
import com.mtdconnect.health.entity.HealthVerdict;
import com.mtdconnect.health.entity.TenantHealth;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Recomputes a tenant's health from what is stored, keeps it, records a change of state and, when
 * the flapping guard lets it, raises the alert, all in the caller's transaction. The tenant's
 * health row is locked for the computation, so a round and an on-demand recompute of the same
 * tenant take turns.
 */
@ApplicationScoped
public class HealthRecompute {
  private static final Logger LOG = Logger.getLogger(HealthRecompute.class.getName());

  @PersistenceContext EntityManager em;
  @Inject HealthFactsReader facts;
  @Inject HealthSettings settings;
  @Inject AlertOutbox outbox;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public TenantHealth recompute(long tenantId) {
    LocalDateTime now = LocalDateTime.now(clock);
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new TenantNotFound(tenantId);
    }
    TenantHealth health = em.find(TenantHealth.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (health == null) {
      health = new TenantHealth(tenantId, now);
      em.persist(health);
    }
    HealthVerdict verdict = HealthRules.judge(facts.factsOf(tenantId, now), health.getState());
    HealthState before = health.judged(verdict, now);
    HealthState told = health.getAlertedState();
    AlertDecision decision =
        AlertGate.decide(told, health.getAlertedAt(), verdict.state(), now, settings.minInterval());
    Integer score = health.getScore();
    HealthTransition transition = null;
    if (before != verdict.state()) {
      transition =
          new HealthTransition(
              tenantId, before, verdict.state(), score, summary(verdict), decision, now);
      em.persist(transition);
    } else if (decision == AlertDecision.ALERTED) {
      transition =
          new HealthTransition(
              tenantId,
              told,
              verdict.state(),
              score,
              "Held back by the flapping guard and still standing: " + summary(verdict),
              decision,
              now);
      em.persist(transition);
    }
    if (decision == AlertDecision.ALERTED) {
      health.alerted(verdict.state(), now);
      em.flush();
      int sent = outbox.raise(tenant, told, transition, health, now).size();
      LOG.info(
          () ->
              "Tenant "
                  + tenantId
                  + " health "
                  + told
                  + " -> "
                  + verdict.state()
                  + ": "
                  + sent
                  + " alert deliveries queued");
    } else if (transition != null) {
      HealthState to = verdict.state();
      LOG.info(
          () -> "Tenant " + tenantId + " health " + before + " -> " + to + " (" + decision + ")");
    }
    return health;
  }

  private static String summary(HealthVerdict verdict) {
    String reasons =
        verdict.reasons().stream().map(HealthReason::getWords).collect(Collectors.joining(" "));
    return verdict.score().isPresent()
        ? "Score " + verdict.score().getAsInt() + ". " + reasons
        : reasons;
  }
}
