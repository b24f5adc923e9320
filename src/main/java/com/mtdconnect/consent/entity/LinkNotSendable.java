package com.mtdconnect.consent.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The link to send no longer works (replaced, approved or expired meanwhile). */
public class LinkNotSendable extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public LinkNotSendable() {
    super(
        "That link no longer works (it was replaced, used or has expired). Create a new link and"
            + " send that one.");
  }
}
