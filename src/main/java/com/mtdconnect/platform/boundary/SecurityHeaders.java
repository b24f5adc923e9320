package com.mtdconnect.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser security headers every response carries, written in one place for the two ways a
 * response leaves the portal: through the servlet filters ({@link SecurityHeadersFilter}) and
 * straight from the staff sign-in mechanism, which Jakarta Security runs before any filter (its
 * redirects to the sign-in page and to the identity provider never pass a filter). Scripts are
 * further limited by the nonce-based policy that PrimeFaces adds to each page ({@code
 * primefaces.CSP}); both policies apply, so inline script needs that nonce.
 */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  private SecurityHeaders() {}

  /**
   * Sets the headers on a response not yet committed; setting them twice (mechanism, then filter)
   * is harmless. Only the versioned static resources may be cached.
   */
  public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!request
        .getRequestURI()
        .startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
