package com.mtdconnect.consent.control;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The mail server did not take the consent mail; nothing was marked as sent. */
public class MailNotDelivered extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public MailNotDelivered(String reason) {
    super(
        "The mail could not be sent ("
            + reason
            + "). The link still works: copy it and send it yourself, or try again later.");
  }
}
