package com.mtdconnect.identity.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The staff member signed in to one HTTP session, as the session remembers them.
 *
 * @param username the caller name
 * @param displayName the name shown in the top bar and audit views
 * @param role the built-in role
 * @param signedInAt when the session was authenticated (for the absolute session timeout)
 */
public record SignedInStaff(String username, String displayName, StaffRole role, Instant signedInAt)
    implements Serializable {

  /** The session attribute that holds the signed-in staff member. */
  public static final String SESSION_ATTRIBUTE = SignedInStaff.class.getName();

  /** The container group every signed-in staff member has; web.xml protects pages with it. */
  public static final String STAFF_GROUP = "staff";

  public Set<String> groups() {
    return Set.of(STAFF_GROUP, role.groupName());
  }

  public boolean may(Permission permission) {
    return role.grants(permission);
  }
}
