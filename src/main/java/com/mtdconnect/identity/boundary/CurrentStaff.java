package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.entity.AccessDenied;
import com.mtdconnect.identity.entity.Permission;
import com.mtdconnect.identity.entity.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The staff member behind the current request: what pages show in the top bar and what use-case
 * boundaries check permissions against and write into the audit log.
 */
@RequestScoped
@Named("currentStaff")
public class CurrentStaff {

  @Inject HttpServletRequest request;

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

  public String getRoleName() {
    return staff().map(s -> s.role().getDisplayName()).orElse("");
  }

  /** Whether the current caller may do this; for showing or hiding actions in pages. */
  public boolean may(String permission) {
    return may(Permission.valueOf(permission));
  }

  public boolean may(Permission permission) {
    return staff().map(s -> s.may(permission)).orElse(false);
  }

  /** Refuses the current use case unless the caller has the permission. */
  public SignedInStaff require(Permission permission) {
    SignedInStaff staff = staff().orElseThrow(() -> new AccessDenied(permission, "anonymous"));
    if (!staff.may(permission)) {
      throw new AccessDenied(permission, staff.username());
    }
    return staff;
  }

  /** The address the request came from, for the audit log. */
  public String clientAddress() {
    return request.getRemoteAddr();
  }
}
