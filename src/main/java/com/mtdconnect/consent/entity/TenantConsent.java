package com.mtdconnect.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's consent as last verified against Microsoft Graph, and the rules that move it: after
 * the customer approves, verification retries with backoff until every permission shows up or the
 * verification window closes (Microsoft replicates new grants with a delay); afterwards the drift
 * check compares again and degrades or restores the state. Times are UTC.
 */
@Entity
@Table(name = "consent_status")
@NamedQuery(
    name = TenantConsent.DUE_FOR_VERIFICATION,
    query =
        "select c.tenantId from TenantConsent c where c.status ="
            + " com.mtdconnect.consent.entity.ConsentStatus.VERIFYING and c.nextAttemptAt <= :now"
            + " order by c.nextAttemptAt")
@NamedQuery(
    name = TenantConsent.WATCHED_FOR_DRIFT,
    query =
        "select c.tenantId from TenantConsent c where c.status in"
            + " (com.mtdconnect.consent.entity.ConsentStatus.CONSENTED,"
            + " com.mtdconnect.consent.entity.ConsentStatus.PARTIAL,"
            + " com.mtdconnect.consent.entity.ConsentStatus.DEGRADED) order by c.tenantId")
public class TenantConsent {
  public static final String DUE_FOR_VERIFICATION = "TenantConsent.dueForVerification";
  public static final String WATCHED_FOR_DRIFT = "TenantConsent.watchedForDrift";

  /** Longest wait between two verification attempts. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentStatus status;

  @Column(nullable = false)
  private String granted = "";

  @Column(nullable = false)
  private String missing = "";

  @Column(nullable = false)
  private String extra = "";

  private String reason;

  private String advice;

  @Column(name = "verify_until")
  private LocalDateTime verifyUntil;

  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  private int attempts;

  @Column(name = "last_verified_at")
  private LocalDateTime lastVerifiedAt;

  @Column(name = "last_check_error")
  private String lastCheckError;

  @Column(name = "consented_at")
  private LocalDateTime consentedAt;

  /**
   * The verified standing (consented, partially consented or degraded) the tenant had when the
   * customer approved again; a verification that fails returns to it instead of to Failed, so the
   * drift check keeps watching a grant that was really given.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "verifying_from")
  private ConsentStatus verifyingFrom;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected TenantConsent() {}

  public TenantConsent(long tenantId, LocalDateTime now) {
    this.tenantId = tenantId;
    this.status = ConsentStatus.NOT_REQUESTED;
    this.updatedAt = now;
  }

  /** The customer approved at Microsoft: verify until {@code now + window}, first attempt now. */
  public void startVerifying(LocalDateTime now, Duration window) {
    if (status != ConsentStatus.VERIFYING) {
      verifyingFrom = status.isWatchedForDrift() ? status : null;
    }
    status = ConsentStatus.VERIFYING;
    verifyUntil = now.plus(window);
    nextAttemptAt = now;
    attempts = 0;
    reason = null;
    advice = null;
    lastCheckError = null;
    updatedAt = now;
  }

  /**
   * The customer declined or Microsoft reported an error on the way back. Only a tenant without a
   * verified grant or an approval being verified fails: otherwise the earlier consent (or the
   * approval from another tab) still stands, and the failed attempt is on the link and the log.
   */
  public void callbackFailed(String reason, String advice, LocalDateTime now) {
    if (status != ConsentStatus.NOT_REQUESTED && status != ConsentStatus.FAILED) {
      return;
    }
    conclude(ConsentStatus.FAILED, reason, advice, now);
  }

  /** One verification attempt answered; returns whether the verification concluded. */
  public boolean verified(GrantVerdict verdict, LocalDateTime now) {
    attempts++;
    remember(verdict, now);
    if (verdict.isComplete()) {
      consentedAt = now;
      conclude(ConsentStatus.CONSENTED, null, null, now);
      return true;
    }
    if (!now.isBefore(verifyUntil)) {
      conclude(
          verifyingFrom == ConsentStatus.DEGRADED ? ConsentStatus.DEGRADED : ConsentStatus.PARTIAL,
          "Granted "
              + verdict.granted().size()
              + " of "
              + RequiredPermission.values().length
              + " permissions; missing: "
              + String.join(", ", verdict.missingNames())
              + ".",
          "Send the customer a re-consent link; their administrator approves again and the"
              + " missing permissions are granted.",
          now);
      return true;
    }
    retryLater(now, Duration.ZERO);
    return false;
  }

  /** One verification attempt failed; returns whether the verification concluded. */
  public boolean verificationFailed(VerificationProblem problem, LocalDateTime now) {
    attempts++;
    lastCheckError = problem.reason();
    boolean mayStillAppear =
        problem.isTransient()
            || problem.kind() == VerificationProblem.ProblemKind.APP_NOT_IN_TENANT
            || problem.kind() == VerificationProblem.ProblemKind.CANNOT_READ_GRANTS;
    if (mayStillAppear && now.isBefore(verifyUntil)) {
      retryLater(now, problem.retryAfter());
      return false;
    }
    if (verifyingFrom != null) {
      conclude(
          verifyingFrom,
          "The customer's new approval could not be verified: " + problem.reason(),
          problem.advice(),
          now);
      return true;
    }
    conclude(ConsentStatus.FAILED, problem.reason(), problem.advice(), now);
    return true;
  }

  /**
   * The drift check's verdict on a tenant whose consent was verified before. Any permission lost
   * since the stored grant degrades the tenant and returns the incident (also when it was partially
   * consented or degraded already); otherwise empty.
   */
  public Optional<IncidentKind> driftChecked(GrantVerdict verdict, LocalDateTime now) {
    ConsentStatus before = status;
    List<RequiredPermission> lost = new ArrayList<>(getGranted());
    lost.removeAll(verdict.granted());
    remember(verdict, now);
    lastCheckError = null;
    if (verdict.isComplete()) {
      if (before != ConsentStatus.CONSENTED) {
        consentedAt = now;
        conclude(ConsentStatus.CONSENTED, null, null, now);
      }
      return Optional.empty();
    }
    String text = "Missing now: " + String.join(", ", verdict.missingNames()) + ".";
    if (before.isWatchedForDrift() && !lost.isEmpty()) {
      conclude(
          ConsentStatus.DEGRADED,
          "The customer removed permissions from our app: "
              + String.join(", ", lost.stream().map(RequiredPermission::getPermissionName).toList())
              + ". "
              + text,
          "Send the customer a re-consent link for the missing permissions.",
          now);
      return Optional.of(IncidentKind.NARROWED);
    }
    if (before == ConsentStatus.NOT_REQUESTED || before == ConsentStatus.FAILED) {
      conclude(
          ConsentStatus.PARTIAL,
          "Permissions are missing. " + text,
          "Send the customer a re-consent link for the missing permissions.",
          now);
      return Optional.empty();
    }
    if (before == ConsentStatus.CONSENTED) {
      conclude(
          ConsentStatus.DEGRADED,
          "The customer removed permissions from our app. " + text,
          "Send the customer a re-consent link for the missing permissions.",
          now);
      return Optional.of(IncidentKind.NARROWED);
    }
    reason = "Permissions are missing. " + text;
    updatedAt = now;
    return Optional.empty();
  }

  /** The drift check could not read the grant; returns the lost consent if it means one. */
  public Optional<IncidentKind> driftFailed(VerificationProblem problem, LocalDateTime now) {
    lastCheckError = problem.reason();
    updatedAt = now;
    Optional<IncidentKind> kind =
        switch (problem.kind()) {
          case APP_NOT_IN_TENANT -> Optional.of(IncidentKind.REVOKED);
          case APP_DISABLED -> Optional.of(IncidentKind.DISABLED);
          case CANNOT_READ_GRANTS -> Optional.of(IncidentKind.NARROWED);
          case TENANT_GONE -> Optional.of(IncidentKind.TENANT_GONE);
          case TRANSIENT, MSP_SIDE -> Optional.empty();
        };
    if (kind.isEmpty() || status == ConsentStatus.NOT_REQUESTED || status == ConsentStatus.FAILED) {
      return Optional.empty(); // nothing was consented that could be lost
    }
    boolean wasHealthy = status != ConsentStatus.DEGRADED;
    granted = "";
    missing = RequiredPermission.joinNames(Arrays.asList(RequiredPermission.values()));
    conclude(ConsentStatus.DEGRADED, problem.reason(), problem.advice(), now);
    return wasHealthy ? kind : Optional.empty();
  }

  private void remember(GrantVerdict verdict, LocalDateTime now) {
    granted = RequiredPermission.joinNames(verdict.granted());
    missing = RequiredPermission.joinNames(verdict.missing());
    extra = String.join(",", verdict.extra());
    lastVerifiedAt = now;
    updatedAt = now;
  }

  private void retryLater(LocalDateTime now, Duration retryAfter) {
    Duration backoff = Duration.ofSeconds(1L << Math.min(attempts - 1, 5));
    if (backoff.compareTo(MAX_BACKOFF) > 0) {
      backoff = MAX_BACKOFF;
    }
    if (retryAfter.compareTo(backoff) > 0) {
      backoff = retryAfter;
    }
    nextAttemptAt = now.plus(backoff);
    updatedAt = now;
  }

  private void conclude(ConsentStatus to, String reason, String advice, LocalDateTime now) {
    status = to;
    verifyingFrom = null;
    this.reason = reason;
    this.advice = advice;
    nextAttemptAt = null;
    verifyUntil = null;
    updatedAt = now;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status.name());
    state.put("missing", missing);
    if (!extra.isEmpty()) {
      state.put("extra", extra);
    }
    if (reason != null) {
      state.put("reason", reason);
    }
    return state;
  }

  public long getTenantId() {
    return tenantId;
  }

  public ConsentStatus getStatus() {
    return status;
  }

  public List<RequiredPermission> getGranted() {
    return RequiredPermission.parseNames(granted);
  }

  public List<RequiredPermission> getMissing() {
    return RequiredPermission.parseNames(missing);
  }

  public List<String> getExtra() {
    return extra.isEmpty() ? List.of() : List.of(extra.split(","));
  }

  public boolean isVerified() {
    return lastVerifiedAt != null;
  }

  public String getReason() {
    return reason;
  }

  public String getAdvice() {
    return advice;
  }

  public LocalDateTime getVerifyUntil() {
    return verifyUntil;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getLastVerifiedAt() {
    return lastVerifiedAt;
  }

  public String getLastCheckError() {
    return lastCheckError;
  }

  public LocalDateTime getConsentedAt() {
    return consentedAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
