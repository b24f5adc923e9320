package com.mtdconnect.consent.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.consent.control.AdminConsentUrl;
import com.mtdconnect.consent.control.CallbackErrors;
import com.mtdconnect.consent.control.ConsentFacts;
import com.mtdconnect.consent.control.ConsentRecorder;
import com.mtdconnect.consent.control.ConsentSettings;
import com.mtdconnect.consent.control.LinkSigning;
import com.mtdconnect.consent.control.LinkTokens.LinkClaim;
import com.mtdconnect.consent.control.Secrets;
import com.mtdconnect.consent.entity.CallbackResult;
import com.mtdconnect.consent.entity.CallbackVerdict;
import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.consent.entity.ConsentRequest;
import com.mtdconnect.consent.entity.CustomerInvitation;
import com.mtdconnect.consent.entity.CustomerOutcome;
import com.mtdconnect.consent.entity.LinkNotUsable;
import com.mtdconnect.consent.entity.LinkStatus;
import com.mtdconnect.consent.entity.StateRejected;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.MicrosoftEndpoints;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The customer's side of consent, without staff sign-in: the signed link authorizes opening the
 * page and starting the trip to Microsoft; the single-use {@code state}, bound to the browser that
 * started the trip, authorizes the callback. Nothing here trusts the {@code tenant} parameter of
 * Microsoft's redirect: verification asks Microsoft about the tenant our record names.
 */
@Unguarded(
    because =
        "customers approve consent without a portal account; the signed link and the state guard it")
@ApplicationScoped
@Transactional(dontRollbackOn = {LinkNotUsable.class, StateRejected.class})
public class CustomerConsent {
  private static final Logger LOG = Logger.getLogger(CustomerConsent.class.getName());

  /** The audit actor of everything a customer does (with their address). */
  static final String CUSTOMER = "customer";

  @PersistenceContext EntityManager em;
  @Inject LinkSigning signing;
  @Inject ConsentSettings settings;
  @Inject MicrosoftEndpoints microsoft;
  @Inject ConsentRecorder recorder;
  @Inject ConsentFacts facts;
  @Inject AuditTrail audit;
  @Inject CurrentStaff requestInfo;
  @Inject Clock clock;

  /** The invitation behind a link; the first opening is recorded. */
  public CustomerInvitation open(String token) {
    ConsentLink link = usableLink(token);
    Tenant tenant = em.find(Tenant.class, link.getTenantId());
    Map<String, Object> before = link.auditSnapshot();
    if (link.opened(now())) {
      record(
          "CONSENT_LINK_OPENED",
          link.getTenantId(),
          "ConsentLink",
          link.getId(),
          before,
          link.auditSnapshot());
    }
    return new CustomerInvitation(
        token,
        tenant.getDisplayName(),
        settings.mspName(),
        settings.mspContactEmail().orElse(null),
        link.getPurpose(),
        link.getRequestedPermissions(),
        link.getExpiresAt());
  }

  /**
   * Starts the trip to Microsoft: a fresh single-use state bound to this browser; returns the
   * admin-consent URL for the tenant our record names.
   *
   * @param browserBinding a random value the browser keeps in a cookie until it comes back
   */
  public String begin(String token, String browserBinding) {
    ConsentLink link = usableLink(token);
    Tenant tenant = em.find(Tenant.class, link.getTenantId());
    String state = Secrets.random256();
    LocalDateTime now = now();
    ConsentRequest request =
        new ConsentRequest(
            Secrets.sha256(state),
            Secrets.sha256(browserBinding),
            Secrets.random256(),
            link.getId(),
            tenant.getId(),
            now,
            now.plus(settings.stateLifetime()));
    em.persist(request);
    em.flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("link", link.getId());
    after.put("directoryId", tenant.getDirectoryId());
    record(
        "CONSENT_SENT_TO_MICROSOFT",
        tenant.getId(),
        "ConsentRequest",
        request.getId(),
        Map.of(),
        after);
    return microsoft.resolve(
        AdminConsentUrl.of(
            tenant.getDirectoryId(), settings.clientId(), settings.callbackUrl(), state));
  }

  /**
   * Microsoft's redirect back: checks the state first (unknown, expired, replayed or from another
   * browser: nothing changes), then records the result and, on approval, starts verification.
   * Returns the key of the customer's result page.
   */
  public String complete(CallbackParameters callback, String browserBinding) {
    ConsentRequest request = acceptState(callback.state(), browserBinding);
    ConsentLink link = em.find(ConsentLink.class, request.getLinkId());
    Tenant tenant = em.find(Tenant.class, request.getTenantId());
    CallbackVerdict verdict =
        CallbackErrors.read(
            callback.error(),
            callback.errorDescription(),
            callback.adminConsent(),
            tenant.getDisplayName());
    LocalDateTime now = now();
    request.record(
        verdict.result(), verdict.aadstsCode(), verdict.mspReason(), callback.reportedTenant());
    TenantConsent status = recorder.statusOf(tenant.getId());
    Map<String, Object> before = status.auditSnapshot();
    if (verdict.result() == CallbackResult.APPROVED) {
      if (link.isUsableAt(now) || link.getStatus() == LinkStatus.SUPERSEDED) {
        link.conclude(LinkStatus.APPROVED, verdict.mspReason(), now);
      }
      status.startVerifying(now, settings.verificationWindow());
    } else {
      if (link.isUsableAt(now)) {
        link.conclude(
            verdict.result() == CallbackResult.DECLINED ? LinkStatus.DECLINED : LinkStatus.FAILED,
            verdict.mspReason(),
            now);
      }
      status.callbackFailed(verdict.mspReason(), verdict.mspAdvice(), now);
    }
    Map<String, Object> after = new LinkedHashMap<>(status.auditSnapshot());
    after.put("result", verdict.result().name());
    facts.publish(tenant.getId(), CUSTOMER).ifPresent(move -> after.put("lifecycle", move));
    after.put("link", link.getId());
    if (verdict.aadstsCode() != 0) {
      after.put("aadsts", verdict.aadstsCode());
    }
    if (callback.reportedTenant() != null) {
      after.put("reportedTenant", callback.reportedTenant());
      after.put("expectedTenant", tenant.getDirectoryId());
    }
    record(
        "CONSENT_" + verdict.result().name(),
        tenant.getId(),
        "Consent",
        tenant.getId(),
        before,
        after);
    LOG.info(() -> "Consent callback for tenant " + tenant.getId() + ": " + verdict.result());
    return request.getOutcomeKey();
  }

  /** The customer's result page. */
  public CustomerOutcome outcome(String outcomeKey) {
    ConsentRequest request =
        em.createNamedQuery(ConsentRequest.BY_OUTCOME_KEY, ConsentRequest.class)
            .setParameter("outcomeKey", outcomeKey == null ? "" : outcomeKey)
            .getResultStream()
            .filter(r -> r.getResult() != null)
            .findFirst()
            .orElseThrow(() -> new StateRejected(StateRejected.Reason.UNKNOWN));
    Tenant tenant = em.find(Tenant.class, request.getTenantId());
    ConsentLink link = em.find(ConsentLink.class, request.getLinkId());
    TenantConsent status =
        Optional.ofNullable(em.find(TenantConsent.class, tenant.getId()))
            .orElseGet(() -> new TenantConsent(tenant.getId(), now()));
    CallbackVerdict words =
        CallbackErrors.describe(
            request.getResult(),
            request.getAadstsCode(),
            request.getResultDetail(),
            tenant.getDisplayName());
    String retry =
        request.getResult() != CallbackResult.APPROVED && link.isUsableAt(now())
            ? signing.tokens().issue(link.getId(), link.getExpiresAt().toInstant(ZoneOffset.UTC))
            : null;
    return new CustomerOutcome(
        tenant.getDisplayName(),
        settings.mspName(),
        request.getResult(),
        words.customerTitle(),
        words.customerText(),
        status.getStatus(),
        request.getResult() == CallbackResult.APPROVED ? status.getMissing() : List.of(),
        retry);
  }

  private ConsentRequest acceptState(String state, String browserBinding) {
    if (state == null || state.isBlank() || state.length() > 100) {
      throw new StateRejected(StateRejected.Reason.UNKNOWN);
    }
    ConsentRequest request =
        em.createNamedQuery(ConsentRequest.BY_STATE, ConsentRequest.class)
            .setParameter("stateHash", Secrets.sha256(state))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new StateRejected(StateRejected.Reason.UNKNOWN));
    LocalDateTime now = now();
    if (request.getUsedAt() != null) {
      throw new StateRejected(StateRejected.Reason.REPLAYED);
    }
    if (!now.isBefore(request.getExpiresAt())) {
      throw new StateRejected(StateRejected.Reason.EXPIRED);
    }
    String binding = browserBinding == null ? "" : Secrets.sha256(browserBinding);
    if (!MessageDigest.isEqual(
        binding.getBytes(StandardCharsets.US_ASCII),
        request.getBindingHash().getBytes(StandardCharsets.US_ASCII))) {
      throw new StateRejected(StateRejected.Reason.OTHER_BROWSER);
    }
    int claimed =
        em.createNativeQuery(
                "UPDATE consent_request SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL")
            .setParameter(1, now)
            .setParameter(2, request.getId())
            .executeUpdate();
    if (claimed != 1) {
      throw new StateRejected(StateRejected.Reason.REPLAYED); // another node took it first
    }
    em.refresh(request);
    return request;
  }

  private ConsentLink usableLink(String token) {
    LinkClaim claim =
        signing
            .tokens()
            .verify(token)
            .orElseThrow(() -> new LinkNotUsable(LinkNotUsable.Reason.INVALID));
    if (!claim.expiresAt().isAfter(clock.instant())) {
      throw new LinkNotUsable(LinkNotUsable.Reason.EXPIRED);
    }
    // the record may end the link earlier (replaced, approved, expiry shortened); never later
    ConsentLink link = em.find(ConsentLink.class, claim.linkId());
    if (link == null) {
      throw new LinkNotUsable(LinkNotUsable.Reason.INVALID);
    }
    Tenant tenant = em.find(Tenant.class, link.getTenantId());
    if (tenant == null || tenant.isArchived()) {
      throw new LinkNotUsable(LinkNotUsable.Reason.WITHDRAWN);
    }
    return switch (link.statusAt(now())) {
      case EXPIRED -> throw new LinkNotUsable(LinkNotUsable.Reason.EXPIRED);
      case SUPERSEDED -> throw new LinkNotUsable(LinkNotUsable.Reason.REPLACED);
      case APPROVED -> throw new LinkNotUsable(LinkNotUsable.Reason.ALREADY_USED);
      default -> link;
    };
  }

  private void record(
      String action,
      long tenantId,
      String objectType,
      long objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.record(
        new Actor(CUSTOMER, requestInfo.clientAddress()),
        new AuditEntry(action, tenantId, objectType, String.valueOf(objectId), before, after));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
