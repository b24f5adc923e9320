package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** Another onboarding profile already has this name. */
public class DuplicateProfileName extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public DuplicateProfileName(String name) {
    super("A profile named \"" + name + "\" already exists. Choose another name.");
  }
}
