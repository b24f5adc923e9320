package com.mtdconnect.identity.entity;

/** A staff member tried something their role does not allow. Shown as the 403 page. */
public class AccessDenied extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDenied(Permission permission, String username) {
    super(
        "Your role does not include the permission "
            + permission.describe()
            + " ("
            + username
            + ")");
  }
}
