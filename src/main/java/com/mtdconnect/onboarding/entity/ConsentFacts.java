package com.mtdconnect.onboarding.entity;

import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.TenantConsent;
import java.io.Serializable;
import java.util.List;

/**
 * What the consent component knows about a tenant's grant, as far as the wizard needs it.
 *
 * @param status the consent status
 * @param verified whether Microsoft was ever asked what was granted (so {@code missing} is known)
 * @param missing the permissions the integration needs that the tenant has not granted
 * @param reason the consent component's reason, when it has one
 */
public record ConsentFacts(
    ConsentStatus status, boolean verified, List<RequiredPermission> missing, String reason)
    implements Serializable {

  public ConsentFacts {
    missing = List.copyOf(missing);
  }

  public static ConsentFacts of(TenantConsent consent) {
    return new ConsentFacts(
        consent.getStatus(), consent.isVerified(), consent.getMissing(), consent.getReason());
  }

  /** Whether the customer's grant was confirmed (fully or partly) and still stands. */
  public boolean granted() {
    return verified
        && (status == ConsentStatus.CONSENTED
            || status == ConsentStatus.PARTIAL
            || status == ConsentStatus.DEGRADED
            || status == ConsentStatus.VERIFYING);
  }
}
