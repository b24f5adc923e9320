package com.mtdconnect.outbox.entity;

/** What happened to a mail. */
public enum Delivery {
  /** Demo mode: kept in the outbox page, not sent anywhere. */
  KEPT_IN_OUTBOX("In the outbox (demo)"),
  /** Handed to the SMTP server. */
  SENT("Sent"),
  /** The SMTP server could not be reached or refused the mail. */
  FAILED("Not delivered");

  private final String label;

  Delivery(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
