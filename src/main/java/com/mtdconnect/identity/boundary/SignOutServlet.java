package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.platform.control.StaffSignInSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sign-out for the error pages, which keep the application shell but are stateless views under
 * {@code WEB-INF} that no Faces form can post back to: a POST here ends the session exactly as the
 * top bar's button does ({@link SignOut}). Only POST (a link or a prefetch cannot sign anyone out),
 * only for signed-in staff (the page security constraint), and only from the portal's own pages
 * ({@code OriginCheckFilter} refuses a cross-site POST; the session cookie is SameSite=Lax too).
 */
@WebServlet(urlPatterns = SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The path the error pages' sign-out form posts to. */
  public static final String PATH = "/signout";

  @Inject transient CurrentStaff currentStaff;
  @Inject transient StaffSessions sessions;
  @Inject transient StaffSignInSettings signIn;
  @Inject transient PortalSettings portal;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String username = currentStaff.staff().map(SignedInStaff::username).orElse("anonymous");
    String address = currentStaff.clientAddress();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    sessions.signOut(username, address);
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", SignOut.endSessionUrl(signIn, portal));
  }
}
