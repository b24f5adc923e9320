package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The staff member behind the current request, as their HTTP session remembers them, and the
 * address the request came from: what pages show in the top bar and what the audit log names. What
 * they may do is not decided here but in the rbac component, which asks this bean who is signed in.
 */
@RequestScoped
@Named("currentStaff")
public class CurrentStaff {

  /** Background work acting for a staff member on this thread (no HTTP request behind it). */
  private static final ThreadLocal<Acting> ACTING = new ThreadLocal<>();

  private record Acting(SignedInStaff staff, String clientAddress) {}

  @Inject HttpServletRequest request;
  @Inject ClientAddresses clientAddresses;

  /**
   * Runs background work for the staff member who started it (a profile run's tenant, on a worker
   * thread with an active request context but no HTTP request): the use cases it calls check that
   * member's permissions as they are now and the audit log names them, with the address they
   * started it from.
   */
  public static <T> T actingFor(SignedInStaff staff, String clientAddress, Supplier<T> work) {
    Acting before = ACTING.get();
    ACTING.set(new Acting(staff, clientAddress));
    try {
      return work.get();
    } finally {
      if (before == null) {
        ACTING.remove();
      } else {
        ACTING.set(before);
      }
    }
  }

  public Optional<SignedInStaff> staff() {
    Acting acting = ACTING.get();
    if (acting != null) {
      return Optional.of(acting.staff());
    }
    HttpSession session = request.getSession(false);
    return session != null
            && session.getAttribute(SignedInStaff.SESSION_ATTRIBUTE) instanceof SignedInStaff s
        ? Optional.of(s)
        : Optional.empty();
  }

  public boolean isSignedIn() {
    return staff().isPresent();
  }

  public String getDisplayName() {
    return staff().map(SignedInStaff::displayName).orElse("");
  }

  /**
   * The address the request came from (behind trusted proxies: the client's), for the audit log.
   */
  public String clientAddress() {
    Acting acting = ACTING.get();
    if (acting != null) {
      return acting.clientAddress();
    }
    return clientAddresses.of(request);
  }
}
