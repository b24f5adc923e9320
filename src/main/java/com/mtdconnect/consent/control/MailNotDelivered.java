package com.mtdconnect.consent.control;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * The mail server did not take the consent mail. The use case does not roll back on it: the failed
 * attempt stays in the outbox, the link is kept (not marked sent) and can be copied from the panel.
 */
public class MailNotDelivered extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public MailNotDelivered(String reason) {
    super(
        "The mail could not be sent ("
            + reason
            + "). The link is kept and still works: copy it from the consent panel and send it"
            + " yourself, or try again later (the failed attempt is in the outbox).");
    this.reason = reason;
  }

  /** The mail server's reason, as recorded in the outbox. */
  public String reason() {
    return reason;
  }
}
