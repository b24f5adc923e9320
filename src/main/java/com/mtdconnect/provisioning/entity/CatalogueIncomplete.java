package com.mtdconnect.provisioning.entity;

/** The app catalogue names no app for a platform someone wants to provision. */
public class CatalogueIncomplete extends com.mtdconnect.platform.entity.ProblemForUser {
  private static final long serialVersionUID = 1L;

  public CatalogueIncomplete(Platform platform) {
    super(
        "The app catalogue has no "
            + platform.getLabel()
            + " app yet: an MSP administrator fills it in on the App catalogue page.");
  }
}
