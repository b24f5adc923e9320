package com.mtdconnect.platform.boundary;

import com.mtdconnect.platform.control.PortalSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses state-changing requests that a browser sent from another site (CSRF defence in depth:
 * Faces' ViewState alone accepted a hostile {@code Origin} on Payara 6). A request passes when its
 * {@code Origin} is the portal's own origin (as configured or as the request addresses it), or,
 * without {@code Origin}, when {@code Sec-Fetch-Site} does not say cross-site. Requests from
 * non-browser clients carry neither header and rely on the ViewState.
 */
public class OriginCheckFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OriginCheckFilter.class.getName());
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String REFUSAL_PAGE =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Request refused</title></head>"
          + "<body><h1>Request refused</h1><p>This form was sent from another web site, so MTD Connect did"
          + " not act on it. Open MTD Connect directly and try again.</p></body></html>";

  @Inject transient PortalSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod()) || isSameSite(request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warning(
        () ->
            "Refused cross-site "
                + request.getMethod()
                + " to "
                + request.getRequestURI()
                + " from origin "
                + request.getHeader("Origin"));
    // answered here, not through the error pages: those are Faces views, and Faces would treat this
    // POST as a
    // postback of the error view
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(REFUSAL_PAGE);
  }

  boolean isSameSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      String fetchSite = request.getHeader("Sec-Fetch-Site");
      return fetchSite == null || !"cross-site".equalsIgnoreCase(fetchSite);
    }
    return sameOrigin(origin, settings.baseUrl()) || sameOrigin(origin, requestOrigin(request));
  }

  static String requestOrigin(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }

  static boolean sameOrigin(String a, String b) {
    try {
      URI x = URI.create(a.trim());
      URI y = URI.create(b.trim());
      return x.getScheme() != null
          && x.getHost() != null
          && x.getScheme().equalsIgnoreCase(y.getScheme())
          && x.getHost().toLowerCase(Locale.ROOT).equals(y.getHost().toLowerCase(Locale.ROOT))
          && port(x) == port(y);
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
