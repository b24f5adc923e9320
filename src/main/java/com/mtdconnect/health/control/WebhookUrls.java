package com.mtdconnect.health.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which webhook addresses the portal calls: https only, so alerts cannot be aimed at plain-http
 * services inside the MSP's network (SSRF); with {@code allowLoopbackHttp} (demo and tests only,
 * off by default) also http to 127.0.0.1, [::1] and localhost. No user info in the URL.
 */
public record WebhookUrls(boolean allowLoopbackHttp) {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  /** Why the address is refused, in words for the field; empty when it is fine. */
  public Optional<String> problemWith(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return Optional.of("Not a valid address: enter it like https://hooks.example.com/mtd.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()) {
      return Optional.of("The address needs a host name, like https://hooks.example.com/mtd.");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of("Put no user name or password in the address; the signature proves it.");
    }
    if (scheme.equals("https")) {
      return Optional.empty();
    }
    if (scheme.equals("http") && allowLoopbackHttp && LOOPBACK.contains(host)) {
      return Optional.empty();
    }
    return Optional.of("Webhooks must use https:// (plain http is refused).");
  }
}
