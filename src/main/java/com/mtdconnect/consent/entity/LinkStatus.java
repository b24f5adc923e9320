package com.mtdconnect.consent.entity;

/** Where a consent link stands, as the operator sees it on the tenant page. */
public enum LinkStatus {
  CREATED("Created", "Not sent yet: copy it or send it by email."),
  SENT("Sent", "Sent to the customer; not opened yet."),
  OPENED("Opened", "The customer opened the page but has not finished with Microsoft yet."),
  APPROVED("Approved", "The customer's administrator approved; see the verification result."),
  DECLINED(
      "Declined",
      "The customer's administrator cancelled at Microsoft; the link still works for another try."),
  FAILED("Failed", "Microsoft reported a problem; see the reason. The link still works."),
  EXPIRED("Expired", "The link is past its expiry date; create a new one."),
  SUPERSEDED("Replaced", "A newer link replaced this one; it no longer works.");

  private final String label;
  private final String description;

  LinkStatus(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }

  /**
   * Whether a customer may still use a link in this state (if it has not expired). A declined or
   * failed attempt leaves the link usable, so the customer can try again; approval concludes it.
   */
  public boolean isUsable() {
    return this == CREATED || this == SENT || this == OPENED || this == DECLINED || this == FAILED;
  }

  public String getStyleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
