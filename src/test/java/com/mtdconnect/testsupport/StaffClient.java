package com.mtdconnect.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser reduced to HTTP: keeps the session cookie itself (the JDK's cookie
 * manager will not send a {@code Secure} cookie over plain HTTP on loopback), signs in through the
 * simulator's OpenID Connect provider and posts Faces forms with their ViewState.
 */
public final class StaffClient {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

  private final HttpClient http;
  private final String base;
  private String sessionId;
  private String forwardedFor;

  public StaffClient(HttpClient http, String base) {
    this.http = http;
    this.base = base;
  }

  /**
   * Sends {@code X-Forwarded-For} with every request, as a load balancer in front of the portal
   * would (the tests' portal trusts loopback peers as proxies).
   */
  public StaffClient forwardingFor(String address) {
    this.forwardedFor = address;
    return this;
  }

  public static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  /** Posts a Faces form as its button would, with the ViewState of the page it came from. */
  public HttpResponse<String> post(String path, Map<String, String> fields, Optional<String> origin)
      throws IOException, InterruptedException {
    String body = formBody(fields);
    HttpRequest.Builder post =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    origin.ifPresent(o -> post.header("Origin", o));
    return send(post.build());
  }

  /**
   * Signs in as one of the demo staff members (see {@link DemoStaff}) the way a browser does: "Sign
   * in with Microsoft", the simulator's account picker, back to the portal's callback. Every test
   * that just needs "someone with this role" goes through here, so that the sign-in path lives in
   * one place. Returns the callback's response (a redirect to the landing page).
   */
  public HttpResponse<String> signInAs(String username) throws IOException, InterruptedException {
    return follow(pickAtProvider(startSignIn(null), DemoStaff.require(username)));
  }

  /**
   * Opens "Sign in with Microsoft" ({@code /signin/start}, optionally with the page to come back
   * to); returns the portal's redirect to the identity provider.
   */
  public HttpResponse<String> startSignIn(String continueTo)
      throws IOException, InterruptedException {
    String start =
        continueTo == null
            ? "/signin/start"
            : "/signin/start?continue=" + URLEncoder.encode(continueTo, StandardCharsets.UTF_8);
    HttpResponse<String> toProvider = get(start);
    if (toProvider.statusCode() != 302) {
      throw new AssertionError("sign-in did not go to the provider: " + toProvider.statusCode());
    }
    return toProvider;
  }

  /**
   * Picks a staff member on the provider's account picker (as its button would post); returns the
   * provider's redirect back to the portal.
   */
  public HttpResponse<String> pickAtProvider(HttpResponse<String> toProvider, String username)
      throws IOException, InterruptedException {
    return answerAtProvider(toProvider, Map.of("username", username));
  }

  /** Presses Cancel on the provider's account picker; returns the provider's redirect. */
  public HttpResponse<String> cancelAtProvider(HttpResponse<String> toProvider)
      throws IOException, InterruptedException {
    return answerAtProvider(toProvider, Map.of("cancel", "true"));
  }

  private HttpResponse<String> answerAtProvider(
      HttpResponse<String> toProvider, Map<String, String> answer)
      throws IOException, InterruptedException {
    URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> picker = send(request(authorize).GET().build());
    if (picker.statusCode() != 200) {
      throw new AssertionError("no account picker: " + picker.statusCode() + " " + picker.body());
    }
    Map<String, String> form = new LinkedHashMap<>(queryOf(authorize));
    form.putAll(answer);
    URI target = URI.create(authorize.toString().replaceFirst("\\?.*$", ""));
    return send(
        request(target)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
            .build());
  }

  /** Follows a redirect's {@code Location} (absolute or inside the portal) with a GET. */
  public HttpResponse<String> follow(HttpResponse<String> redirect)
      throws IOException, InterruptedException {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return send(request(URI.create(base).resolve(location)).GET().build());
  }

  /** The query parameters of a URI, decoded. */
  public static Map<String, String> queryOf(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        params.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  public String sessionId() {
    return sessionId;
  }

  public void useSessionId(String id) {
    sessionId = id;
  }

  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no ViewState in page: " + html);
    }
    return m.group(1);
  }

  private static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpRequest.Builder request(String path) {
    return request(URI.create(base + path));
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (sessionId != null) {
      builder.header("Cookie", "JSESSIONID=" + sessionId);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    response
        .headers()
        .allValues("Set-Cookie")
        .forEach(
            cookie -> {
              Matcher m = SESSION_COOKIE.matcher(cookie);
              if (m.find()) {
                sessionId = m.group(1);
              }
            });
    return response;
  }
}
