package com.mtdconnect.consent.control;

import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import com.mtdconnect.tenancy.entity.ConsentFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Tells the tenant where its consent stands after every consent change (link created or sent,
 * customer's answer, verification, drift check), so the tenant's derived lifecycle and the consent
 * panel never disagree. One summary ({@link ConsentFact}) with the concrete reason.
 */
@ApplicationScoped
public class ConsentFacts {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext EntityManager em;
  @Inject TenantLifecycleChanges lifecycle;

  /** The fact and its reason. */
  public record Fact(ConsentFact fact, String detail) {}

  /**
   * Reports the tenant's consent to the tenant, in the caller's transaction.
   *
   * @return the lifecycle move it caused, for the caller's audit record, or empty
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> publish(long tenantId, String actor) {
    em.flush();
    TenantConsent status = em.find(TenantConsent.class, tenantId);
    List<ConsentLink> links =
        em.createNamedQuery(ConsentLink.OF_TENANT, ConsentLink.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(20)
            .getResultList();
    Fact fact = factOf(status, links);
    return lifecycle.consentReached(tenantId, fact.fact(), fact.detail(), actor);
  }

  /**
   * The fact for a consent status (null: never verified) and the tenant's links, newest first.
   * Pure.
   */
  public static Fact factOf(TenantConsent status, List<ConsentLink> links) {
    ConsentStatus state = status == null ? ConsentStatus.NOT_REQUESTED : status.getStatus();
    Optional<ConsentLink> sent = links.stream().filter(l -> l.getSentAt() != null).findFirst();
    boolean sentSinceFailure =
        state == ConsentStatus.FAILED
            && sent.isPresent()
            && sent.get().getSentAt().isAfter(status.getUpdatedAt());
    if (state == ConsentStatus.NOT_REQUESTED || sentSinceFailure) {
      if (sent.isPresent()) {
        return new Fact(
            ConsentFact.LINK_SENT,
            "A consent link was sent to "
                + sent.get().getSentTo()
                + " on "
                + when(sent.get().getSentAt())
                + " UTC.");
      }
      return new Fact(links.isEmpty() ? ConsentFact.NONE : ConsentFact.LINK_CREATED, null);
    }
    return switch (state) {
      case VERIFYING -> new Fact(ConsentFact.VERIFYING, null);
      case CONSENTED ->
          new Fact(
              ConsentFact.GRANTED,
              status.getLastCheckError() == null
                  ? null
                  : "the last check could not reach the grant ("
                      + status.getLastCheckError()
                      + "); it is checked again automatically.");
      case PARTIAL -> new Fact(ConsentFact.PARTIAL, status.getReason());
      case FAILED -> new Fact(ConsentFact.FAILED, status.getReason());
      case DEGRADED -> new Fact(ConsentFact.LOST, status.getReason());
      case NOT_REQUESTED -> throw new IllegalStateException("handled above");
    };
  }

  private static String when(LocalDateTime at) {
    return WHEN.format(at);
  }
}
