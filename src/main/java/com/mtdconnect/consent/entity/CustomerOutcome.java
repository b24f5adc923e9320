package com.mtdconnect.consent.entity;

import java.util.List;

/** What the customer's result page shows after Microsoft sent them back. */
public final class CustomerOutcome {
  private final String tenantName;
  private final String mspName;
  private final CallbackResult result;
  private final String title;
  private final String text;
  private final ConsentStatus status;
  private final List<RequiredPermission> missing;
  private final String retryToken;

  public CustomerOutcome(
      String tenantName,
      String mspName,
      CallbackResult result,
      String title,
      String text,
      ConsentStatus status,
      List<RequiredPermission> missing,
      String retryToken) {
    this.tenantName = tenantName;
    this.mspName = mspName;
    this.result = result;
    this.title = title;
    this.text = text;
    this.status = status;
    this.missing = List.copyOf(missing);
    this.retryToken = retryToken;
  }

  public String getTenantName() {
    return tenantName;
  }

  public String getMspName() {
    return mspName;
  }

  public CallbackResult getResult() {
    return result;
  }

  public boolean isApproved() {
    return result == CallbackResult.APPROVED;
  }

  public String getTitle() {
    return title;
  }

  public String getText() {
    return text;
  }

  /** The tenant's consent as verified so far (meaningful after an approval). */
  public ConsentStatus getStatus() {
    return status;
  }

  public boolean isVerifying() {
    return isApproved() && status == ConsentStatus.VERIFYING;
  }

  public List<RequiredPermission> getMissing() {
    return missing;
  }

  /** The link token for "try again", when the link still works; otherwise null. */
  public String getRetryToken() {
    return retryToken;
  }
}
