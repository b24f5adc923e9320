package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.platform.control.StaffSignInSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs the staff member out: the session is invalidated on the server, then the identity provider
 * ends its own session (Entra ID's or the simulator's end-session endpoint) and sends the browser
 * to the signed-out page.
 */
@Named
@RequestScoped
public class SignOut {

  /** The public page the provider sends the browser to after signing out. */
  public static final String SIGNED_OUT_PAGE = "/signed-out.xhtml";

  @Inject FacesContext faces;
  @Inject CurrentStaff currentStaff;
  @Inject StaffSessions sessions;
  @Inject StaffSignInSettings signIn;
  @Inject PortalSettings portal;

  public void signOut() throws IOException {
    ExternalContext external = faces.getExternalContext();
    String username = currentStaff.staff().map(SignedInStaff::username).orElse("anonymous");
    String address = currentStaff.clientAddress();
    external.invalidateSession();
    sessions.signOut(username, address);
    external.redirect(endSessionUrl(signIn, portal));
    faces.responseComplete();
  }

  /**
   * Where the browser goes after the portal's session ended: the identity provider's end-session
   * endpoint, which comes back to the signed-out page.
   */
  static String endSessionUrl(StaffSignInSettings signIn, PortalSettings portal) {
    return signIn.endSessionUri()
        + "?post_logout_redirect_uri="
        + URLEncoder.encode(portal.baseUrl() + SIGNED_OUT_PAGE, StandardCharsets.UTF_8)
        + "&client_id="
        + URLEncoder.encode(signIn.getClientId(), StandardCharsets.UTF_8);
  }
}
