package com.mtdconnect.identity.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.identity.entity.SignedInStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs staff in with a username and password and keeps them signed in for the session.
 *
 * <p>Every request of a signed-in session re-announces the caller and groups stored in the session
 * to the container. That is deliberate: Payara 6 (bug #6145) otherwise loses the groups of
 * signed-in callers under concurrency and answers 403 at random.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The page anonymous visitors of protected pages are sent to. */
  public static final String SIGN_IN_PAGE = "/signin.xhtml";

  private static final Logger LOG = Logger.getLogger(StaffAuthenticationMechanism.class.getName());

  /** Audit actions of staff sessions. */
  public static final String SIGNED_IN = "STAFF_SIGNED_IN";

  public static final String SIGN_IN_REFUSED = "STAFF_SIGN_IN_REFUSED";
  public static final String SIGNED_OUT = "STAFF_SIGNED_OUT";

  @Inject AuditTrail audit;
  @Inject StaffDirectory staffDirectory;
  @Inject SessionPolicy sessionPolicy;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential c) {
      return signIn(request, context, c);
    }
    Optional<SignedInStaff> staff = signedIn(request);
    if (staff.isPresent()) {
      return context.notifyContainerAboutLogin(staff.get().username(), staff.get().groups());
    }
    if (context.isProtected()) {
      return sendToSignIn(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      HttpMessageContext context,
      UsernamePasswordCredential credential) {
    Optional<SignedInStaff> staff =
        staffDirectory.authenticate(credential.getCaller(), credential.getPassword().getValue());
    String tried = attemptedUsername(credential.getCaller());
    if (staff.isEmpty()) {
      LOG.info(() -> "Sign-in refused from " + request.getRemoteAddr());
      audit.recordSession(new Actor("anonymous", request.getRemoteAddr()), SIGN_IN_REFUSED, tried);
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession previous = request.getSession(false);
    if (previous != null) {
      previous.invalidate(); // a fresh session id after sign-in (no session fixation)
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval(sessionPolicy.idleTimeoutSeconds());
    session.setAttribute(SignedInStaff.SESSION_ATTRIBUTE, staff.get());
    LOG.info(
        () -> "Staff " + staff.get().username() + " signed in from " + request.getRemoteAddr());
    audit.recordSession(
        new Actor(staff.get().username(), request.getRemoteAddr()), SIGNED_IN, tried);
    return context.notifyContainerAboutLogin(staff.get().username(), staff.get().groups());
  }

  /** What was typed as the username, bounded, for the audit log (never the password). */
  private static String attemptedUsername(String typed) {
    String value = typed == null ? "" : typed.strip();
    return value.length() > 100 ? value.substring(0, 100) : value;
  }

  private Optional<SignedInStaff> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SignedInStaff.SESSION_ATTRIBUTE)
            instanceof SignedInStaff staff)) {
      return Optional.empty();
    }
    if (sessionPolicy.isExpired(staff, Instant.now())) {
      LOG.info(() -> "Session of " + staff.username() + " reached its absolute limit");
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(staff);
  }

  private AuthenticationStatus sendToSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = request.getContextPath() + SIGN_IN_PAGE;
    if ("GET".equals(request.getMethod())) {
      String requested = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        requested += "?" + request.getQueryString();
      }
      target += "?continue=" + URLEncoder.encode(requested, StandardCharsets.UTF_8);
    }
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;")
                    + "\"/></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      }
      return context.redirect(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
