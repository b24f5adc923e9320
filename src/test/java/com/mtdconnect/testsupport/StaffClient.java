package com.mtdconnect.testsupport;

import java.io.IOException;
import java.net.URI;
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
 * manager will not send a {@code Secure} cookie over plain HTTP on loopback) and posts Faces forms
 * with their ViewState.
 */
public final class StaffClient {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

  private final HttpClient http;
  private final String base;
  private String sessionId;

  public StaffClient(HttpClient http, String base) {
    this.http = http;
    this.base = base;
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
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder post =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    origin.ifPresent(o -> post.header("Origin", o));
    return send(post.build());
  }

  /** Signs in through the sign-in form; returns the response to the form post. */
  public HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get("/signin.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("signin:continue", "");
    form.put("signin:username", username);
    form.put("signin:password", password);
    form.put("signin:submit", "");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    return post("/signin.xhtml", form, Optional.of(base));
  }

  /**
   * Signs in as one of the demo staff members (see {@link DemoStaff}); every test that just needs
   * "someone with this role" goes through here, so that the sign-in path lives in one place.
   */
  public HttpResponse<String> signInAs(String username) throws IOException, InterruptedException {
    return signIn(username, DemoStaff.password(username));
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

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (sessionId != null) {
      builder.header("Cookie", "JSESSIONID=" + sessionId);
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
