package com.mtdconnect.consent.entity;

/**
 * Microsoft's redirect back to us carried a {@code state} we cannot accept: nothing was changed.
 */
public class StateRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the state was refused. */
  public enum Reason {
    /** No state, or one we never issued (forged or mangled). */
    UNKNOWN,
    /** Issued, but too long ago. */
    EXPIRED,
    /** Already used once (a replay, or the back button). */
    REPLAYED,
    /** Issued to another browser. */
    OTHER_BROWSER
  }

  private final Reason reason;

  public StateRejected(Reason reason) {
    super("Consent state rejected: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
