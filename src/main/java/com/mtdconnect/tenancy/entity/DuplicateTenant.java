package com.mtdconnect.tenancy.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** Another tenant record already holds this Entra tenant id or primary domain. */
public class DuplicateTenant extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  /** Stands for the name of a tenant the caller may not read: its name is not revealed. */
  public static final String OUTSIDE_YOUR_SCOPE = "a tenant outside your scope";

  public DuplicateTenant(String directoryId, String existingName) {
    super(
        "The tenant "
            + directoryId
            + " is already registered as \""
            + existingName
            + "\". Open that record instead of creating a second one.");
  }
}
