package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** The plan was asked for before steps 1 to 4 were done (or while onboarding is cancelled). */
public class ChoicesIncomplete extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public ChoicesIncomplete() {
    super(
        "The plan needs consent, platforms, sync frequency and group targeting done first; the"
            + " step bar shows which step still needs attention.");
  }
}
