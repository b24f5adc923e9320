package com.mtdconnect.simulator.entity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the simulator sees it, independent of the server that carried it.
 *
 * @param method upper-case HTTP method
 * @param path the path below the simulator root, e.g. {@code /graph/v1.0/groups}, percent-decoded
 * @param rawQuery the undecoded query string without {@code ?}, empty if none
 * @param headers request headers with lower-case names
 * @param body the request body, empty if none
 */
public record SimRequest(
    String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

  /**
   * Header the adapters set to the simulator's public base URL (e.g. {@code
   * http://localhost:8080/simulator}); endpoints that hand out absolute URLs of the simulator
   * itself (OpenID provider, report downloads) build them from it.
   */
  public static final String PUBLIC_BASE_HEADER = "x-simulator-base";

  public SimRequest {
    method = method.toUpperCase(Locale.ROOT);
    rawQuery = rawQuery == null ? "" : rawQuery;
    Map<String, String> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    headers = Map.copyOf(lower);
    body = body == null ? new byte[0] : body;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The decoded query parameters, in order; keys keep their {@code $} prefix. */
  public Map<String, String> query() {
    return decodeForm(rawQuery);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Decodes {@code a=b&c=d} (query string or form body). */
  public static Map<String, String> decodeForm(String encoded) {
    Map<String, String> result = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return result;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      result.put(decode(key), decode(value));
    }
    return result;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
