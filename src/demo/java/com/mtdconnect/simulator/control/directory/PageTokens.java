package com.mtdconnect.simulator.control.directory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque {@code $skiptoken} / {@code $deltatoken} values: clients must follow links verbatim and
 * never parse them (graph-contracts §3), so they are base64url of a small internal record.
 */
final class PageTokens {

  private PageTokens() {}

  static String encode(String... parts) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("mtdsim|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8));
  }

  static Optional<String[]> decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!text.startsWith("mtdsim|")) {
        return Optional.empty();
      }
      return Optional.of(text.substring(7).split("\\|", -1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
