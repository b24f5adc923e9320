package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The platforms step was saved without a platform. */
public class NoPlatformChosen extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public NoPlatformChosen() {
    super("Choose at least one platform: iOS, Android or both.");
  }
}
