package com.mtdconnect.outbox.entity;

/** What happened to a mail. */
public enum Delivery {
  /** Kept in the outbox page by a delivery that sends nothing (the demo's mailbox). */
  KEPT_IN_OUTBOX("In the outbox, not sent"),
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
