package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.control.SessionPolicy;
import com.mtdconnect.identity.entity.EntraIdentity;
import com.mtdconnect.identity.entity.SignInProblem;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.boundary.LocalRedirect;
import com.mtdconnect.platform.boundary.SecurityHeaders;
import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.ClientAddresses;
import com.mtdconnect.platform.control.ServedPaths;
import com.mtdconnect.platform.control.StaffSignInSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Staff sign-in: Jakarta Security's OpenID Connect mechanism (authorization code flow with state
 * and nonce) against Entra ID's v2.0 endpoints of the MSP's tenant (given directly, no discovery),
 * wrapped so that the portal keeps the signed-in staff member in its own session.
 *
 * <ul>
 *   <li>{@value #START_PATH}{@code ?continue=/page} starts a sign-in at the provider; {@value
 *       StaffSignInSettings#CALLBACK_PATH} completes it: the provider's answer is checked by the
 *       OpenID mechanism, then the session gets a new id (no session fixation), the idle timeout
 *       and the {@link SignedInStaff}, and the browser goes back to the page it asked for.
 *   <li>The idle timeout and the absolute session limit are judged on every request by the portal's
 *       {@link Clock} (the container's session timeout stays as well: it frees the memory of
 *       abandoned sessions).
 *   <li>Every later request re-announces the caller and groups stored in the session to the
 *       container. That is deliberate: Payara 6 (bug #6145) otherwise loses the groups of signed-in
 *       callers under concurrency and answers 403 at random. Token expiry is not looked at after
 *       sign-in.
 *   <li>Whatever goes wrong with the provider's answer (cancelled, expired, tampered or replayed,
 *       provider unreachable) ends on the sign-in page with a plain explanation and an audited
 *       refusal, never a stack trace or an empty page.
 *   <li>Every response it sees gets the security headers ({@link SecurityHeaders}): Jakarta
 *       Security runs before the servlet filters, so its own redirects would otherwise go out
 *       without them.
 * </ul>
 */
@OpenIdAuthenticationMechanismDefinition(
    providerMetadata =
        @OpenIdProviderMetadata(
            issuer = "${staffSignIn.issuer}",
            authorizationEndpoint = "${staffSignIn.authorizationEndpoint}",
            tokenEndpoint = "${staffSignIn.tokenEndpoint}",
            userinfoEndpoint = "${staffSignIn.userinfoEndpoint}",
            jwksURI = "${staffSignIn.jwksUri}"),
    clientId = "${staffSignIn.clientId}",
    clientSecret = "${staffSignIn.clientSecret}",
    redirectURI = "${staffSignIn.redirectUri}",
    claimsDefinition =
        @ClaimsDefinition(
            callerNameClaim = StaffSignInMechanism.CALLER_NAME_CLAIM,
            callerGroupsClaim = StaffSignInMechanism.GROUPS_CLAIM),
    scope = {OpenIdConstant.OPENID_SCOPE, OpenIdConstant.PROFILE_SCOPE, OpenIdConstant.EMAIL_SCOPE},
    redirectToOriginalResource = false,
    tokenAutoRefresh = false,
    jwksConnectTimeout = 5000,
    jwksReadTimeout = 5000)
@Unguarded(because = "it is the sign-in itself")
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class StaffSignInMechanism implements HttpAuthenticationMechanism {
  private static final Logger LOG = Logger.getLogger(StaffSignInMechanism.class.getName());

  /** The page anonymous visitors of protected pages are sent to. */
  public static final String SIGN_IN_PAGE = "/signin.xhtml";

  /** Where the sign-in page's button starts a sign-in at the provider. */
  public static final String START_PATH = "/signin/start";

  /** The token claim that names the staff member (Entra: the UPN-like sign-in name). */
  public static final String CALLER_NAME_CLAIM = "preferred_username";

  /** The token claim with the Entra group object ids. */
  public static final String GROUPS_CLAIM = "groups";

  /** How long a started sign-in waits for the provider's answer. */
  private static final Duration SIGN_IN_PATIENCE = Duration.ofMinutes(10);

  /** The session attribute of a sign-in started in this browser and not yet completed. */
  private static final String PENDING = StaffSignInMechanism.class.getName() + ".pending";

  /** The session attribute of when the signed-in staff member's session was last used. */
  private static final String LAST_SEEN = StaffSignInMechanism.class.getName() + ".lastSeen";

  /** Where to go after a sign-in started at {@code startedAt}. */
  private record PendingSignIn(String continueTo, Instant startedAt) implements Serializable {}

  @Inject BeanManager beans;
  @Inject StaffSessions sessions;
  @Inject SessionPolicy sessionPolicy;
  @Inject OpenIdContext openIdContext;
  @Inject ClientAddresses clientAddresses;
  @Inject ServedPaths servedPaths;
  @Inject Clock clock;

  /** The OpenID Connect mechanism this one wraps, looked up once. */
  private volatile HttpAuthenticationMechanism openId;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // this runs before any filter, and its redirects never reach one
    SecurityHeaders.applyTo(request, response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<SignedInStaff> staff = signedIn(request);
    if (staff.isPresent()) {
      if (path.equals(START_PATH) || path.equals(StaffSignInSettings.CALLBACK_PATH)) {
        return redirectLocal(request, context, continueParameter(request));
      }
      return context.notifyContainerAboutLogin(staff.get().username(), staff.get().groups());
    }
    if (path.equals(StaffSignInSettings.CALLBACK_PATH)) {
      return completeSignIn(request, response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (path.equals(START_PATH)) {
      return startSignIn(request, response, context);
    }
    if (!servedPaths.serves(request.getServletContext(), path)) {
      return context.responseNotFound();
    }
    return sendToSignInPage(request, response, context);
  }

  private AuthenticationStatus startSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    request
        .getSession(true)
        .setAttribute(PENDING, new PendingSignIn(continueParameter(request), clock.instant()));
    try {
      return openId().validateRequest(request, response, context);
    } catch (AuthenticationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Staff sign-in could not start at the identity provider", e);
      return refuse(request, context, SignInProblem.UNAVAILABLE, StaffSessions.UNKNOWN_STAFF);
    }
  }

  private AuthenticationStatus completeSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    Optional<PendingSignIn> pending =
        Optional.ofNullable(session)
            .map(s -> s.getAttribute(PENDING))
            .filter(PendingSignIn.class::isInstance)
            .map(PendingSignIn.class::cast);
    if (session != null) {
      session.removeAttribute(PENDING); // one answer per started sign-in
    }
    String unknown = StaffSessions.UNKNOWN_STAFF;
    String error = request.getParameter(OpenIdConstant.ERROR_PARAM);
    if (error != null) {
      return refuse(
          request,
          context,
          "access_denied".equals(error) ? SignInProblem.CANCELLED : SignInProblem.REJECTED,
          unknown);
    }
    if (pending.isEmpty()
        || pending.get().startedAt().plus(SIGN_IN_PATIENCE).isBefore(clock.instant())) {
      return refuse(request, context, SignInProblem.EXPIRED, unknown);
    }
    if (request.getParameter(OpenIdConstant.CODE) == null
        || request.getParameter(OpenIdConstant.STATE) == null
        || !"GET".equals(request.getMethod())) {
      return refuse(request, context, SignInProblem.REJECTED, unknown);
    }
    AuthenticationStatus status;
    try {
      status = openId().validateRequest(request, response, context);
    } catch (AuthenticationException | RuntimeException e) {
      LOG.log(Level.WARNING, "The identity provider's answer could not be checked", e);
      return refuse(request, context, SignInProblem.UNAVAILABLE, unknown);
    }
    if (status != AuthenticationStatus.SUCCESS || context.getCallerPrincipal() == null) {
      return refuse(request, context, SignInProblem.REJECTED, unknown);
    }
    // the session stays ours: the container must not register the caller in it
    context.getMessageInfo().getMap().remove("jakarta.servlet.http.registerSession");
    SignedInStaff staff =
        new SignedInStaff(
            context.getCallerPrincipal().getName(),
            displayName(context.getCallerPrincipal().getName()),
            entraGroups(context),
            clock.instant());
    Optional<SignInProblem> refusal =
        sessions.signIn(staff, entraIdentity(), clientAddresses.of(request));
    if (refusal.isPresent()) {
      request.getSession(false).invalidate();
      return redirectToProblem(request, context, refusal.get());
    }
    request.getSession(false).invalidate(); // a fresh session id after sign-in (no fixation)
    HttpSession signedIn = request.getSession(true);
    signedIn.setMaxInactiveInterval(sessionPolicy.idleTimeoutSeconds());
    signedIn.setAttribute(SignedInStaff.SESSION_ATTRIBUTE, staff);
    signedIn.setAttribute(LAST_SEEN, staff.signedInAt());
    return redirectLocal(request, context, pending.get().continueTo());
  }

  /**
   * The Entra group object ids of the sign-in: the {@value #GROUPS_CLAIM} claim of the ID token,
   * plus whatever groups the OpenID mechanism announced (it may read them from the access token or
   * userinfo instead).
   */
  private Set<String> entraGroups(HttpMessageContext context) {
    Set<String> groups = new TreeSet<>(context.getGroups());
    try {
      groups.addAll(
          openIdContext.getIdentityToken().getJwtClaims().getArrayStringClaim(GROUPS_CLAIM));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No groups claim in the ID token", e);
    }
    return groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** The {@code oid} and {@code tid} claims of the ID token (Entra's immutable user id). */
  private EntraIdentity entraIdentity() {
    try {
      var claims = openIdContext.getIdentityToken().getJwtClaims();
      return new EntraIdentity(claims.getStringClaim("oid"), claims.getStringClaim("tid"));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No oid/tid claims in the ID token", e);
      return EntraIdentity.UNKNOWN;
    }
  }

  /** The {@code name} claim of the ID token, or the caller name without one. */
  private String displayName(String callerName) {
    try {
      String name =
          openIdContext.getIdentityToken().getJwtClaims().getStringClaim("name").orElse("");
      return name.isBlank() ? callerName : name.strip();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No name claim in the ID token", e);
      return callerName;
    }
  }

  private AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpMessageContext context,
      SignInProblem problem,
      String username) {
    sessions.refuse(username, problem, clientAddresses.of(request));
    return redirectToProblem(request, context, problem);
  }

  private static AuthenticationStatus redirectToProblem(
      HttpServletRequest request, HttpMessageContext context, SignInProblem problem) {
    return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?problem=" + problem.code());
  }

  /** Redirects to a page inside the portal; the landing page when there is none. */
  private AuthenticationStatus redirectLocal(
      HttpServletRequest request, HttpMessageContext context, String target) {
    return context.redirect(request.getContextPath() + LocalRedirect.safeLocalPath(target));
  }

  private static String continueParameter(HttpServletRequest request) {
    return LocalRedirect.safeLocalPath(request.getParameter("continue"));
  }

  private Optional<SignedInStaff> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SignedInStaff.SESSION_ATTRIBUTE)
            instanceof SignedInStaff staff)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (sessionPolicy.isExpired(staff, now)) {
      LOG.info(() -> "Session of " + staff.username() + " reached its absolute limit");
      session.invalidate();
      return Optional.empty();
    }
    if (session.getAttribute(LAST_SEEN) instanceof Instant lastSeen
        && sessionPolicy.isIdle(lastSeen, session.getMaxInactiveInterval(), now)) {
      LOG.info(() -> "Session of " + staff.username() + " reached its idle timeout");
      session.invalidate();
      return Optional.empty();
    }
    session.setAttribute(LAST_SEEN, now);
    return Optional.of(staff);
  }

  private HttpAuthenticationMechanism openId() {
    HttpAuthenticationMechanism mechanism = openId;
    if (mechanism == null) {
      Set<Bean<?>> candidates =
          beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE);
      Bean<?> bean =
          candidates.stream()
              .filter(b -> !StaffSignInMechanism.class.isAssignableFrom(b.getBeanClass()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism"));
      mechanism =
          (HttpAuthenticationMechanism)
              beans.getReference(
                  bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
      openId = mechanism;
    }
    return mechanism;
  }

  private AuthenticationStatus sendToSignInPage(
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
