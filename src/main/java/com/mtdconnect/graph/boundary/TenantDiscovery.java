package com.mtdconnect.graph.boundary;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.ResolvedTenant;
import com.mtdconnect.graph.entity.UnknownTenant;
import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.MicrosoftEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a customer's domain (e.g. {@code contoso.onmicrosoft.com} or a verified custom domain)
 * or tenant id to the tenant id, through Entra ID's public OpenID configuration document {@code
 * https://login.microsoftonline.com/{domain-or-id}/v2.0/.well-known/openid-configuration}: its
 * {@code issuer} carries the tenant id; an unknown tenant is a 400 with AADSTS90002. The document
 * needs no token and no consent, so registration can check a tenant before anyone consented.
 * Reached where {@link MicrosoftEndpoints} says (the simulator in the demo), with finite timeouts.
 */
@Unguarded(
    because =
        "it reads Microsoft's public discovery document, no customer data; the registry's use"
            + " cases that call it are guarded")
@ApplicationScoped
public class TenantDiscovery {

  static final String LOGIN = "https://login.microsoftonline.com/";
  private static final Pattern ISSUER_TENANT =
      Pattern.compile(
          "^https://[^/]+/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/",
          Pattern.CASE_INSENSITIVE);

  /** A DNS name or a tenant id: labels of letters, digits and inner hyphens, at most 253 long. */
  private static final Pattern SAFE_SEGMENT =
      Pattern.compile(
          "(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*");

  @Inject MicrosoftEndpoints endpoints;
  private Duration timeout = Duration.ofSeconds(10);
  private volatile HttpClient http;

  /** For CDI. */
  protected TenantDiscovery() {}

  /**
   * Without CDI (tests): Microsoft reached through {@code endpoints}, each call within {@code
   * timeout}.
   */
  public TenantDiscovery(MicrosoftEndpoints endpoints, Duration timeout) {
    this.endpoints = endpoints;
    this.timeout = timeout;
  }

  /**
   * The tenant named by {@code domainOrId}.
   *
   * @throws UnknownTenant when Entra ID knows no such tenant
   * @throws GraphThrottled when Entra ID asked us to slow down
   * @throws GraphUnavailable when Entra ID could not be reached or answered unexpectedly
   */
  public ResolvedTenant resolve(String domainOrId) {
    String name = domainOrId == null ? "" : domainOrId.trim().toLowerCase(Locale.ROOT);
    if (!SAFE_SEGMENT.matcher(name).matches()) {
      throw new UnknownTenant(name);
    }
    String url =
        endpoints.resolve(
            LOGIN
                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "/v2.0/.well-known/openid-configuration");
    HttpResponse<String> response = fetch(name, url);
    return switch (response.statusCode()) {
      case 200 -> parse(name, response.body());
      case 400, 404 -> throw refusal(name, response.body());
      case 429 ->
          throw new GraphThrottled(
              name,
              Duration.ofSeconds(response.headers().firstValueAsLong("Retry-After").orElse(5)),
              "Entra ID's discovery document");
      default ->
          throw new GraphUnavailable(
              name,
              "Entra ID answered "
                  + response.statusCode()
                  + " when asked about tenant \""
                  + name
                  + "\". This is usually temporary: try again in a minute.",
              null);
    };
  }

  private HttpResponse<String> fetch(String name, String url) {
    try {
      return client()
          .send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(timeout)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new GraphUnavailable(
          name,
          "Entra ID did not answer within "
              + timeout.toSeconds()
              + " seconds when asked about tenant \""
              + name
              + "\". Try again in a minute.",
          e);
    } catch (IOException e) {
      throw new GraphUnavailable(
          name,
          "Entra ID could not be reached to check tenant \""
              + name
              + "\" ("
              + e.getClass().getSimpleName()
              + "). Check the server's connection to login.microsoftonline.com and try again.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphUnavailable(name, "The check of tenant \"" + name + "\" was interrupted.", e);
    }
  }

  private static ResolvedTenant parse(String name, String body) {
    try {
      JsonObject document = JsonParser.parseString(body).getAsJsonObject();
      String issuer = text(document, "issuer").orElse("");
      Matcher tenant = ISSUER_TENANT.matcher(issuer);
      if (!tenant.find()) {
        throw unexpected(name, "its issuer names no tenant id");
      }
      return new ResolvedTenant(
          name,
          tenant.group(1).toLowerCase(Locale.ROOT),
          text(document, "tenant_region_scope").orElse(null));
    } catch (JsonParseException | IllegalStateException e) {
      throw unexpected(name, "it is not JSON");
    }
  }

  /** A 400 for an unknown tenant (AADSTS90002) or another refusal in Entra's error shape. */
  private static RuntimeException refusal(String name, String body) {
    try {
      JsonObject error = JsonParser.parseString(body).getAsJsonObject();
      String description = text(error, "error_description").orElse("");
      boolean notFound =
          description.startsWith("AADSTS90002")
              || "invalid_tenant".equals(text(error, "error").orElse(""));
      if (notFound) {
        return new UnknownTenant(name);
      }
      return unexpected(name, description.lines().findFirst().orElse("an error without text"));
    } catch (JsonParseException | IllegalStateException e) {
      return unexpected(name, "an error page instead of Entra's error");
    }
  }

  private static GraphUnavailable unexpected(String name, String what) {
    return new GraphUnavailable(
        name,
        "Entra ID's answer about tenant \""
            + name
            + "\" could not be used ("
            + what
            + "). Try again later.",
        null);
  }

  private static Optional<String> text(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || !value.isJsonPrimitive()
        ? Optional.empty()
        : Optional.of(value.getAsString());
  }

  private HttpClient client() {
    HttpClient current = http;
    if (current == null) {
      current =
          HttpClient.newBuilder()
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      http = current;
    }
    return current;
  }
}
