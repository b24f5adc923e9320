package com.mtdconnect.testsupport;

import com.mtdconnect.identity.entity.SignedInStaff;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;

/**
 * Test-only (deployed by {@link Deployments#portalWithSessionClock()}, never part of the WAR): ages
 * the caller's session so that session timeouts can be tested without waiting hours. {@code
 * ?signedInHoursAgo=N} moves the sign-in time back; {@code ?idleSeconds=N} shortens the idle
 * timeout; the answer is the session's idle timeout in seconds.
 */
@WebServlet(urlPatterns = SessionClockServlet.PATH)
public class SessionClockServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/it/session-clock";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SignedInStaff.SESSION_ATTRIBUTE)
            instanceof SignedInStaff staff)) {
      response.sendError(HttpServletResponse.SC_CONFLICT, "not signed in");
      return;
    }
    String hoursAgo = request.getParameter("signedInHoursAgo");
    if (hoursAgo != null) {
      session.setAttribute(
          SignedInStaff.SESSION_ATTRIBUTE,
          new SignedInStaff(
              staff.username(),
              staff.displayName(),
              staff.entraGroups(),
              staff.signedInAt().minus(Duration.ofHours(Long.parseLong(hoursAgo)))));
    }
    String idleSeconds = request.getParameter("idleSeconds");
    if (idleSeconds != null) {
      session.setMaxInactiveInterval(Integer.parseInt(idleSeconds));
    }
    response.setContentType("text/plain");
    response.getWriter().write(String.valueOf(session.getMaxInactiveInterval()));
  }
}
