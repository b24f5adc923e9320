package com.mtdconnect.consent.entity;

import java.time.Duration;

/**
 * Why Microsoft could not tell us what a tenant granted, in plain words for the operator, with what
 * to do about it.
 *
 * @param kind the class of problem, which decides whether to retry and what drift it means
 * @param reason what happened
 * @param advice what to do next
 * @param retryAfter how long Microsoft asked us to wait (zero when it did not say)
 */
public record VerificationProblem(
    ProblemKind kind, String reason, String advice, Duration retryAfter) {

  /** Classes of verification problems. */
  public enum ProblemKind {
    /** Our service principal is not in the tenant: never consented, or the app was deleted. */
    APP_NOT_IN_TENANT,
    /** The customer disabled sign-in of our enterprise application. */
    APP_DISABLED,
    /** Microsoft refused to show our grants (Application.Read.All was removed, for example). */
    CANNOT_READ_GRANTS,
    /** The tenant does not exist (any more). */
    TENANT_GONE,
    /** Microsoft was busy or unreachable: try again later. */
    TRANSIENT,
    /** Something on the MSP's side (our credential, configuration, Conditional Access). */
    MSP_SIDE
  }

  public boolean isTransient() {
    return kind == ProblemKind.TRANSIENT;
  }
}
