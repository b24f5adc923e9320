package com.mtdconnect.rbac.entity;

/** No role or role assignment has this id. Shown as the 404 page. */
public class RoleNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RoleNotFound(String what, long id) {
    super("There is no " + what + " with id " + id + ".");
  }
}
