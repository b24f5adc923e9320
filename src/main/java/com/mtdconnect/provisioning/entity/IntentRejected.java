package com.mtdconnect.provisioning.entity;

/** The provisioning intent cannot be planned as given; the message says why. */
public class IntentRejected extends com.mtdconnect.platform.entity.ProblemForUser {
  private static final long serialVersionUID = 1L;

  public IntentRejected(String message) {
    super(message);
  }
}
