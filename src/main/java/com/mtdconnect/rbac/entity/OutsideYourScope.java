package com.mtdconnect.rbac.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * A change would put an object outside the tenants the caller may change, or change who else
 * reaches it: for example a tenant registered or retagged with a scope tag the caller does not
 * hold.
 */
public class OutsideYourScope extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  private OutsideYourScope(String message) {
    super(message);
  }

  /** A role or assignment the caller would create or change reaches beyond their scope tags. */
  public static OutsideYourScope ofRoles(Permission permission, TenantScope scope) {
    return new OutsideYourScope(
        "You hold "
            + permission.describe()
            + " only for "
            + scope.describe().toLowerCase(java.util.Locale.ROOT)
            + ": roles and assignments you create or change must carry only those scope tags.");
  }

  public OutsideYourScope(Permission permission, TenantScope scope) {
    super(
        "You hold "
            + permission.describe()
            + " only for "
            + scope.describe().toLowerCase(java.util.Locale.ROOT)
            + ": a tenant you register or change must keep at least one of those scope tags, and"
            + " you may add or remove only those (other tags would show or hide it to other"
            + " staff).");
  }
}
