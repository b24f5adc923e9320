package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** A profile run cannot start or be retried as asked; the message says why and what to do. */
public class ProfileRunRefused extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public ProfileRunRefused(String message) {
    super(message);
  }
}
