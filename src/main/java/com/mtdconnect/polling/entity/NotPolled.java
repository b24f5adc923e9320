package com.mtdconnect.polling.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * "Sync now" for a tenant that is not polled: its consent was never verified, or it is archived.
 */
public class NotPolled extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public NotPolled(String reason) {
    super(reason);
  }
}
