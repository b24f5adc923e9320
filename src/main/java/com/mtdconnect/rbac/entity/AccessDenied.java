package com.mtdconnect.rbac.entity;

import com.mtdconnect.platform.entity.ExplainedFailure;

/**
 * A staff member tried something their role assignments do not allow. Shown as the 403 page and
 * recorded in the audit log.
 */
public class AccessDenied extends RuntimeException implements ExplainedFailure {
  private static final long serialVersionUID = 1L;

  /** Somebody who is not signed in called a staff use case. */
  public AccessDenied(String username) {
    super("Sign in as MSP staff first (" + username + ")");
  }

  public AccessDenied(Permission permission, String username) {
    super(
        "Your role assignments do not include the permission "
            + permission.describe()
            + " ("
            + username
            + ")");
  }

  /** The permission is held, but not for this tenant. */
  public AccessDenied(Permission permission, String username, long tenantId) {
    super(
        "Your role assignments do not include the permission "
            + permission.describe()
            + " for tenant "
            + tenantId
            + " ("
            + username
            + ")");
  }
}
