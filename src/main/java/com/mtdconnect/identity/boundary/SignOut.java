package com.mtdconnect.identity.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.identity.control.StaffAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;

/** Signs the staff member out: the session is invalidated on the server. */
@Named
@RequestScoped
public class SignOut {
  private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

  @Inject FacesContext faces;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    String username = currentStaff.staff().map(s -> s.username()).orElse("anonymous");
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    LOG.info(() -> "Staff " + username + " signed out");
    audit.recordSession(
        new Actor(
            username,
            external.getRequest() instanceof HttpServletRequest r ? r.getRemoteAddr() : null),
        StaffAuthenticationMechanism.SIGNED_OUT,
        username);
    external.redirect(external.getRequestContextPath() + "/signin.xhtml?signedOut=true");
    faces.responseComplete();
  }
}
