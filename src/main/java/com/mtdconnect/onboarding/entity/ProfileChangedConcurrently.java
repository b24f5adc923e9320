package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** Someone saved the profile since the editor opened it. */
public class ProfileChangedConcurrently extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public ProfileChangedConcurrently(String by) {
    super(
        "Someone ("
            + by
            + ") saved this profile after you opened it. Open it again to see their changes.");
  }
}
