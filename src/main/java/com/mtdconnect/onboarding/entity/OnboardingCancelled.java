package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** A choice was saved for an onboarding someone cancelled (in another tab, by a colleague). */
public class OnboardingCancelled extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public OnboardingCancelled(String by) {
    super(
        "This onboarding was cancelled by "
            + by
            + ". Resume it first; the choices saved so far are still there.");
  }
}
