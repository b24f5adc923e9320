package com.mtdconnect.rbac.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/** Someone tried to change or delete a built-in role. */
public class BuiltInRoleIsReadOnly extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public BuiltInRoleIsReadOnly(String name) {
    super(
        "\""
            + name
            + "\" is a built-in role and cannot be changed. Create a custom role with the"
            + " permissions you need instead.");
  }
}
