package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The profile was deleted (by someone else) or never existed. */
public class ProfileNotFound extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public ProfileNotFound(long id) {
    super("Profile " + id + " no longer exists; someone may have deleted it.");
  }
}
