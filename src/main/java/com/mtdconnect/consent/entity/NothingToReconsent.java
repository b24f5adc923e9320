package com.mtdconnect.consent.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** A re-consent link was asked for while nothing is missing. */
public class NothingToReconsent extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public NothingToReconsent() {
    super(
        "Nothing is missing: the tenant's consent is not partial, failed or degraded. Verify now"
            + " if you think it changed.");
  }
}
