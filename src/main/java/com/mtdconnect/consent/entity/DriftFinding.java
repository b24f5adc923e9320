package com.mtdconnect.consent.entity;

/**
 * What one drift check of a tenant found, for the job that ran it.
 *
 * @param status where the tenant's consent stands after the check
 * @param reason why, in plain words (the consent's reason, or the check's error); empty when fine
 * @param problem why Microsoft could not tell us what was granted, or null when it could
 * @param changed whether the check moved the consent (lost, narrowed or restored)
 */
public record DriftFinding(
    ConsentStatus status, String reason, VerificationProblem problem, boolean changed) {

  /** The consent was lost (revoked, disabled, narrowed, tenant gone): work needing it must stop. */
  public boolean lost() {
    return status == ConsentStatus.DEGRADED;
  }
}
