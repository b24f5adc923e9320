package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The staff member behind the current request, as their HTTP session remembers them, and the
 * address the request came from: what pages show in the top bar and what the audit log names. What
 * they may do is not decided here but in the rbac component, which asks this bean who is signed in.
 */
@RequestScoped
@Named("currentStaff")
public class CurrentStaff {

  @Inject HttpServletRequest request;
  @Inject ClientAddresses clientAddresses;

  public Optional<SignedInStaff> staff() {
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
    return clientAddresses.of(request);
  }
}
