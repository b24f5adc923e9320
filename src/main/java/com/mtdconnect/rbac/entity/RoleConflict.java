package com.mtdconnect.rbac.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * A role or assignment change cannot be saved as it is: a name already used, a role still assigned,
 * or someone else saved first.
 */
public class RoleConflict extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public RoleConflict(String message) {
    super(message);
  }

  public static RoleConflict nameTaken(String what, String name) {
    return new RoleConflict(
        "A " + what + " named \"" + name + "\" exists already: choose another.");
  }

  public static RoleConflict changedMeanwhile(String what) {
    return new RoleConflict(
        "Someone saved this "
            + what
            + " after you opened it. Reload it and make your change again.");
  }

  public static RoleConflict stillAssigned(String role, int assignments) {
    return new RoleConflict(
        "\"" + role + "\" is still used by " + assignments + " assignment(s): remove them first.");
  }
}
