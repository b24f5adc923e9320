package com.mtdconnect.identity.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.control.StaffDirectory;
import com.mtdconnect.identity.entity.EntraIdentity;
import com.mtdconnect.identity.entity.SignInProblem;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.boundary.Unguarded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The use cases of a staff session: signing in (after the identity provider vouched for the staff
 * member), a refused sign-in, and signing out. Each leaves one audit record; signing in also keeps
 * the staff directory up to date.
 */
@Unguarded(because = "it records signing in and out, before and after there is a signed-in caller")
@ApplicationScoped
@Transactional
public class StaffSessions {
  private static final Logger LOG = Logger.getLogger(StaffSessions.class.getName());

  /** Audit actions of staff sessions. */
  public static final String SIGNED_IN = "STAFF_SIGNED_IN";

  public static final String SIGN_IN_REFUSED = "STAFF_SIGN_IN_REFUSED";
  public static final String SIGNED_OUT = "STAFF_SIGNED_OUT";

  /** The audit object of a refused sign-in whose staff member the provider did not name. */
  public static final String UNKNOWN_STAFF = "unknown";

  private static final String OBJECT_TYPE = "StaffSession";

  @Inject StaffDirectory directory;
  @Inject AuditTrail audit;

  /**
   * Signs in a staff member the identity provider vouched for, unless the portal disabled them or
   * their sign-in name is bound to another Entra user.
   *
   * @return why they are not signed in; empty when they are
   */
  public Optional<SignInProblem> signIn(
      SignedInStaff staff, EntraIdentity identity, String address) {
    Optional<SignInProblem> refusal = directory.remember(staff, identity);
    if (refusal.isPresent()) {
      refuse(staff.username(), refusal.get(), address);
      return refusal;
    }
    LOG.info(() -> "Staff " + staff.username() + " signed in from " + address);
    audit.record(
        new Actor(staff.username(), address),
        new AuditEntry(
            SIGNED_IN,
            null,
            OBJECT_TYPE,
            staff.username(),
            Map.of(),
            Map.of("entraGroups", staff.entraGroups().size())));
    return Optional.empty();
  }

  /**
   * Records a sign-in that did not happen.
   *
   * @param username who tried, if the provider said so; else {@link #UNKNOWN_STAFF}
   */
  public void refuse(String username, SignInProblem problem, String address) {
    LOG.info(() -> "Sign-in refused (" + problem.code() + ") from " + address);
    audit.record(
        new Actor("anonymous", address),
        new AuditEntry(
            SIGN_IN_REFUSED,
            null,
            OBJECT_TYPE,
            username,
            Map.of(),
            Map.of("reason", problem.code())));
  }

  public void signOut(String username, String address) {
    LOG.info(() -> "Staff " + username + " signed out");
    audit.record(
        new Actor(username, address),
        new AuditEntry(SIGNED_OUT, null, OBJECT_TYPE, username, Map.of(), Map.of()));
  }
}
