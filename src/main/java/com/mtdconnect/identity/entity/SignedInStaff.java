package com.mtdconnect.identity.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The staff member signed in to one HTTP session, as the session remembers them. What they may do
 * is not kept here: it is read from their role assignments on every request, so that changes count
 * without signing in again.
 *
 * @param username the caller name (the {@code preferred_username} claim of the sign-in token)
 * @param displayName the name shown in the top bar and audit views (the {@code name} claim)
 * @param entraGroups the Entra group object ids of the sign-in token ({@code groups} claim)
 * @param signedInAt when the session was authenticated (for the absolute session timeout)
 */
public record SignedInStaff(
    String username, String displayName, Set<String> entraGroups, Instant signedInAt)
    implements Serializable {

  /** The session attribute that holds the signed-in staff member. */
  public static final String SESSION_ATTRIBUTE = SignedInStaff.class.getName();

  /** The container group every signed-in staff member has; web.xml protects pages with it. */
  public static final String STAFF_GROUP = "staff";

  public SignedInStaff {
    entraGroups = Set.copyOf(entraGroups);
  }

  /** A staff member signed in at {@code signedInAt} whose token carried no Entra groups. */
  public static SignedInStaff withoutGroups(
      String username, String displayName, Instant signedInAt) {
    return new SignedInStaff(username, displayName, Set.of(), signedInAt);
  }

  /** The container groups announced on every request. */
  public Set<String> groups() {
    return Set.of(STAFF_GROUP);
  }
}
