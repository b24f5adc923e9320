package com.mtdconnect.consent.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.consent.control.GrantReader.Reading;
import com.mtdconnect.consent.entity.ConsentIncident;
import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.ConsentVerified;
import com.mtdconnect.consent.entity.IncidentKind;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes what verification and drift checks found, each in its own short transaction (the calls to
 * Microsoft happen outside any transaction): the tenant's consent status, drift incidents, the
 * tenant's lifecycle, and one audit record whenever the state moved.
 */
@ApplicationScoped
public class ConsentRecorder {
  private static final Logger LOG = Logger.getLogger(ConsentRecorder.class.getName());

  /** How long a node may hold a claimed verification before another node retries it. */
  static final Duration CLAIM = Duration.ofSeconds(60);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject TenantLifecycleChanges lifecycle;
  @Inject ConsentFacts facts;
  @Inject Clock clock;
  @Inject Event<ConsentVerified> verified;

  /** The tenant's consent status, created on first use (in the caller's transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  public TenantConsent statusOf(long tenantId) {
    TenantConsent status = em.find(TenantConsent.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (status == null) {
      status = new TenantConsent(tenantId, now());
      em.persist(status);
    }
    return status;
  }

  /** Tenants whose verification is due now, oldest first. */
  @Transactional
  public List<Long> dueForVerification(int max) {
    return em.createNamedQuery(TenantConsent.DUE_FOR_VERIFICATION, Long.class)
        .setParameter("now", now())
        .setMaxResults(max)
        .getResultList();
  }

  /** The tenant's Entra tenant id (its own short transaction: jobs run on long-lived threads). */
  @Transactional
  public String directoryIdOf(long tenantId) {
    return em.find(com.mtdconnect.tenancy.entity.Tenant.class, tenantId).getDirectoryId();
  }

  /** The tenant's consent status now, or NOT_REQUESTED. */
  @Transactional
  public ConsentStatus currentStatus(long tenantId) {
    TenantConsent status = em.find(TenantConsent.class, tenantId);
    return status == null ? ConsentStatus.NOT_REQUESTED : status.getStatus();
  }

  /** The permissions the tenant's verified consent lacks; none when it was never verified. */
  @Transactional
  public Set<RequiredPermission> notGranted(long tenantId) {
    TenantConsent status = em.find(TenantConsent.class, tenantId);
    return status == null || !status.isVerified() ? Set.of() : Set.copyOf(status.getMissing());
  }

  /** Tenants the drift check looks at. */
  @Transactional
  public List<Long> watchedForDrift() {
    return em.createNamedQuery(TenantConsent.WATCHED_FOR_DRIFT, Long.class).getResultList();
  }

  /**
   * Takes a due verification for this node: moves its next attempt past the claim time, so that
   * other nodes skip it; returns false when another node was quicker.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(long tenantId) {
    LocalDateTime now = now();
    return em.createQuery(
                "update TenantConsent c set c.nextAttemptAt = :until where c.tenantId = :id and"
                    + " c.status = com.mtdconnect.consent.entity.ConsentStatus.VERIFYING and"
                    + " c.nextAttemptAt <= :now")
            .setParameter("until", now.plus(CLAIM))
            .setParameter("id", tenantId)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** Records one verification attempt after the customer approved. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public TenantConsent verificationAttempt(long tenantId, Reading reading) {
    TenantConsent status = statusOf(tenantId);
    if (status.getStatus() != ConsentStatus.VERIFYING) {
      return status;
    }
    Map<String, Object> before = status.auditSnapshot();
    LocalDateTime now = now();
    boolean concluded =
        reading.succeeded()
            ? status.verified(reading.verdict(), now)
            : status.verificationFailed(reading.problem(), now);
    if (concluded) {
      Map<String, Object> after = new LinkedHashMap<>(status.auditSnapshot());
      after.put("attempts", status.getAttempts());
      if (status.getStatus() == ConsentStatus.CONSENTED) {
        consentRestored(tenantId, now, after);
      }
      if (status.getStatus() == ConsentStatus.CONSENTED
          || status.getStatus() == ConsentStatus.PARTIAL) {
        // observers run after this transaction committed (TransactionPhase.AFTER_SUCCESS)
        verified.fire(new ConsentVerified(tenantId, status.getStatus()));
      }
      facts
          .publish(tenantId, "system:consent-verification")
          .ifPresent(move -> after.put("lifecycle", move));
      record(Actor.system("consent-verification"), "CONSENT_VERIFIED", tenantId, before, after);
      LOG.info(() -> "Consent of tenant " + tenantId + " verified: " + status.getStatus());
    }
    return status;
  }

  /**
   * Records a drift check of a tenant whose consent was verified before. Audited when the state
   * moved, or always when a staff member asked for the check.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public TenantConsent driftCheck(long tenantId, Reading reading, Actor actor, boolean byStaff) {
    TenantConsent status = statusOf(tenantId);
    if (status.getStatus() == ConsentStatus.VERIFYING) {
      // still inside the customer's verification window: one more attempt, same window
      return verificationAttempt(tenantId, reading);
    }
    ConsentStatus was = status.getStatus();
    Map<String, Object> before = status.auditSnapshot();
    LocalDateTime now = now();
    Optional<IncidentKind> lost =
        reading.succeeded()
            ? status.driftChecked(reading.verdict(), now)
            : status.driftFailed(reading.problem(), now);
    Map<String, Object> after = new LinkedHashMap<>(status.auditSnapshot());
    String action = byStaff ? "CONSENT_CHECKED" : null;
    if (lost.isPresent()) {
      String detail = status.getReason() == null ? lost.get().getLabel() : status.getReason();
      em.persist(
          new ConsentIncident(
              tenantId,
              lost.get(),
              detail,
              lifecycle.current(tenantId).map(Enum::name).orElse(null),
              now));
      action = "CONSENT_DRIFT_DETECTED";
      LOG.warning(() -> "Consent drift in tenant " + tenantId + ": " + lost.get());
    } else if (was != ConsentStatus.CONSENTED && status.getStatus() == ConsentStatus.CONSENTED) {
      consentRestored(tenantId, now, after);
      action = "CONSENT_RESTORED";
      verified.fire(new ConsentVerified(tenantId, status.getStatus()));
    }
    Optional<String> moved = facts.publish(tenantId, actor.name());
    moved.ifPresent(move -> after.put("lifecycle", move));
    if (action == null && moved.isPresent()) {
      action = "CONSENT_CHANGED";
    }
    if (action != null) {
      record(actor, action, tenantId, before, after);
    }
    return status;
  }

  /** Closes open incidents (time to re-consent); the tenant's lifecycle follows from the facts. */
  private void consentRestored(long tenantId, LocalDateTime now, Map<String, Object> after) {
    List<ConsentIncident> open =
        em
            .createNamedQuery(ConsentIncident.OF_TENANT, ConsentIncident.class)
            .setParameter("tenantId", tenantId)
            .getResultList()
            .stream()
            .filter(ConsentIncident::isOpen)
            .toList();
    open.forEach(i -> i.resolve(now));
    if (!open.isEmpty()) {
      after.put("timeToReconsent", open.get(0).getTimeToReconsentText());
    }
  }

  private void record(
      Actor actor,
      String action,
      long tenantId,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.record(
        actor,
        new AuditEntry(action, tenantId, "Consent", String.valueOf(tenantId), before, after));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
