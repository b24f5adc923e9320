package com.mtdconnect.consent.entity;

/**
 * A customer followed a consent link that does not work (any more). The reason decides what the
 * customer page says; no reason reveals anything about other customers.
 */
public class LinkNotUsable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a link does not work. */
  public enum Reason {
    /** Not a link we made, or altered. */
    INVALID,
    EXPIRED,
    /** A newer link replaced it. */
    REPLACED,
    /** Already used to approve or decline. */
    ALREADY_USED,
    /** The tenant was archived by the MSP. */
    WITHDRAWN
  }

  private final Reason reason;

  public LinkNotUsable(Reason reason) {
    super("Consent link not usable: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
