package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * A profile could not fill a tenant's onboarding (consent missing, no group matches a naming rule,
 * Microsoft unreachable); the message says why, nothing of the tenant's choices changed.
 */
public class ProfileNotApplicable extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public ProfileNotApplicable(String message) {
    super(message);
  }
}
