package com.mtdconnect.rbac.boundary;

import com.mtdconnect.identity.boundary.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether an error page shows the application shell (navigation, who is signed in, sign-out): for
 * signed-in staff whose permissions can be worked out. When they cannot (the database is what
 * failed, say), the error page stands alone rather than failing in turn.
 */
@Named
@RequestScoped
public class ErrorPageShell {
  private static final Logger LOG = Logger.getLogger(ErrorPageShell.class.getName());

  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;

  private Boolean available;

  public boolean isAvailable() {
    if (available == null) {
      available = currentStaff.isSignedIn() && permissionsReadable();
    }
    return available;
  }

  private boolean permissionsReadable() {
    try {
      access.permissions();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Error page without navigation: permissions unreadable", e);
      return false;
    }
  }
}
