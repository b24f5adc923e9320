package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.control.Secrets;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Binds a trip to Microsoft to the browser that started it: a random value in an HttpOnly, Secure,
 * SameSite=Lax cookie (sent on Microsoft's top-level redirect back), whose hash the consent request
 * keeps. A state copied into another browser is refused.
 */
final class BrowserBinding {
  static final String COOKIE = "mtdc_consent_binding";
  private static final String PATH = "/consent";

  private BrowserBinding() {}

  static Optional<String> read(HttpServletRequest request) {
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(v -> v.length() == 43)
        .findFirst();
  }

  /**
   * The browser's binding, created when it has none; the cookie is set again with a fresh lifetime
   * either way (same value), so it outlives the state about to be started with it.
   */
  static String ensure(HttpServletRequest request, HttpServletResponse response, Duration life) {
    String value = read(request).orElseGet(Secrets::random256);
    response.addHeader("Set-Cookie", cookie(request, value, life.toSeconds()));
    return value;
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader("Set-Cookie", cookie(request, "", 0));
  }

  private static String cookie(HttpServletRequest request, String value, long maxAge) {
    return COOKIE
        + "="
        + value
        + "; Path="
        + request.getContextPath()
        + PATH
        + "; Max-Age="
        + maxAge
        + "; HttpOnly; Secure; SameSite=Lax";
  }
}
