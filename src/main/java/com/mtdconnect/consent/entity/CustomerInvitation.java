package com.mtdconnect.consent.entity;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** What the customer's page says: who asks, for which organization, and for what. */
public final class CustomerInvitation {
  private final String token;
  private final String tenantName;
  private final String mspName;
  private final String mspContactEmail;
  private final LinkPurpose purpose;
  private final List<RequiredPermission> requestedAgain;
  private final LocalDateTime expiresAt;

  public CustomerInvitation(
      String token,
      String tenantName,
      String mspName,
      String mspContactEmail,
      LinkPurpose purpose,
      List<RequiredPermission> requestedAgain,
      LocalDateTime expiresAt) {
    this.token = token;
    this.tenantName = tenantName;
    this.mspName = mspName;
    this.mspContactEmail = mspContactEmail;
    this.purpose = purpose;
    this.requestedAgain = List.copyOf(requestedAgain);
    this.expiresAt = expiresAt;
  }

  public String getToken() {
    return token;
  }

  public String getTenantName() {
    return tenantName;
  }

  public String getMspName() {
    return mspName;
  }

  public String getMspContactEmail() {
    return mspContactEmail;
  }

  public boolean isReconsent() {
    return purpose == LinkPurpose.RECONSENT;
  }

  /** For a re-consent link: the permissions that went missing. */
  public List<RequiredPermission> getRequestedAgain() {
    return requestedAgain;
  }

  /** Every feature with the permissions it needs, as the page groups them. */
  public List<Feature> getFeatures() {
    return Arrays.asList(Feature.values());
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }
}
