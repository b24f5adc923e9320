package com.mtdconnect.simulator.control.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.RequestCounts;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.ConsentState;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Entra ID side: the v2.0 client-credentials token endpoint (secret or certificate assertion),
 * the admin-consent page, and MSAL's instance discovery, with the AADSTS errors of graph-contracts
 * §1.3–1.4.
 */
public final class IdentityEndpoint {

  static final String PUBLIC_LOGIN = "https://login.microsoftonline.com";
  private static final String ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final List<String> OIDC_SCOPES = List.of("openid", "profile", "offline_access");

  private final Function<String, Optional<SimulatedTenant>> tenants;
  private final Map<String, AppRegistration> applications;
  private final TokenAuthority authority;
  private final Clock clock;
  private final AdminConsentPage consentPage;
  private final TokenEndpointGate tokenGate;
  private final RequestCounts counts;

  public IdentityEndpoint(
      Function<String, Optional<SimulatedTenant>> tenants,
      Map<String, AppRegistration> applications,
      TokenAuthority authority,
      Clock clock,
      java.util.function.Supplier<List<SimulatedTenant>> allTenants,
      TokenEndpointGate tokenGate,
      RequestCounts counts) {
    this.tenants = tenants;
    this.tokenGate = tokenGate;
    this.counts = counts;
    this.applications = applications;
    this.authority = authority;
    this.clock = clock;
    this.consentPage =
        new AdminConsentPage(tenants, id -> Optional.ofNullable(applications.get(id)), allTenants);
  }

  /** Handles {@code path} below {@code /login}. */
  public SimResponse handle(SimRequest request, String path) {
    String correlation = request.header("client-request-id").orElse(UUID.randomUUID().toString());
    SimResponse response = route(request, path, correlation);
    return response
        .withHeader("client-request-id", correlation)
        .withHeader("x-ms-request-id", UUID.randomUUID().toString())
        .withHeader("Cache-Control", "no-store, no-cache");
  }

  private SimResponse route(SimRequest request, String path, String correlation) {
    String[] segments = path.replaceFirst("^/", "").split("/");
    if (segments.length == 3 && "discovery".equals(segments[1]) && "instance".equals(segments[2])) {
      return instanceDiscovery(request, segments[0]);
    }
    if (segments.length == 4
        && "v2.0".equals(segments[1])
        && ".well-known".equals(segments[2])
        && "openid-configuration".equals(segments[3])) {
      return openIdConfiguration(segments[0], correlation);
    }
    if ((segments.length == 3 && "v2.0".equals(segments[1]) && "adminconsent".equals(segments[2]))
        || (segments.length == 2 && "adminconsent".equals(segments[1]))) {
      return consentPage.handle(request, segments[0]);
    }
    if (segments.length == 4
        && "oauth2".equals(segments[1])
        && "v2.0".equals(segments[2])
        && "token".equals(segments[3])) {
      if (!"POST".equals(request.method())) {
        return AadstsError.of(
            405,
            "invalid_request",
            900561,
            "The endpoint only accepts POST requests.",
            correlation);
      }
      return token(request, segments[0], correlation);
    }
    return SimResponse.json(404, "{\"error\":\"not_found\"}");
  }

  private SimResponse instanceDiscovery(SimRequest request, String tenant) {
    JsonObject body = new JsonObject();
    body.addProperty(
        "tenant_discovery_endpoint",
        PUBLIC_LOGIN + "/" + tenant + "/v2.0/.well-known/openid-configuration");
    body.addProperty("api-version", "1.1");
    JsonArray metadata = new JsonArray();
    JsonObject entry = new JsonObject();
    entry.addProperty("preferred_network", "login.microsoftonline.com");
    entry.addProperty("preferred_cache", "login.windows.net");
    JsonArray aliases = new JsonArray();
    for (String alias :
        List.of(
            "login.microsoftonline.com",
            "login.windows.net",
            "login.microsoft.com",
            "sts.windows.net")) {
      aliases.add(alias);
    }
    entry.add("aliases", aliases);
    metadata.add(entry);
    body.add("metadata", metadata);
    return SimResponse.json(200, body.toString());
  }

  /**
   * Entra's per-tenant OpenID configuration document, by tenant id or by any of the tenant's
   * domains: the issuer and endpoints carry the tenant id. An unknown or deleted tenant is Entra's
   * 400 with AADSTS90002 ({@code invalid_tenant}).
   */
  private SimResponse openIdConfiguration(String tenantSegment, String correlation) {
    Optional<SimulatedTenant> tenant = tenants.apply(tenantSegment).filter(t -> !t.isDeleted());
    if (tenant.isEmpty()) {
      return AadstsError.of(
          400,
          "invalid_tenant",
          90002,
          "Tenant '"
              + tenantSegment
              + "' not found. Check to make sure you have the correct tenant ID and are signing"
              + " into the correct cloud. Check with your subscription administrator, this may"
              + " happen if there are no active subscriptions for the tenant.",
          correlation);
    }
    String base = PUBLIC_LOGIN + "/" + tenant.get().id();
    JsonObject d = new JsonObject();
    d.addProperty("token_endpoint", base + "/oauth2/v2.0/token");
    JsonArray methods = new JsonArray();
    List.of("client_secret_post", "private_key_jwt", "client_secret_basic").forEach(methods::add);
    d.add("token_endpoint_auth_methods_supported", methods);
    d.addProperty("jwks_uri", base + "/discovery/v2.0/keys");
    d.addProperty("issuer", base + "/v2.0");
    d.addProperty("authorization_endpoint", base + "/oauth2/v2.0/authorize");
    d.addProperty("end_session_endpoint", base + "/oauth2/v2.0/logout");
    d.addProperty("tenant_region_scope", tenant.get().index() % 3 == 0 ? "EU" : "NA");
    d.addProperty("cloud_instance_name", "microsoftonline.com");
    d.addProperty("cloud_graph_host_name", "graph.windows.net");
    d.addProperty("msgraph_host", "graph.microsoft.com");
    return SimResponse.json(200, d.toString())
        .withHeader("Content-Type", "application/json; charset=utf-8");
  }

  private SimResponse token(SimRequest request, String tenantSegment, String correlation) {
    Map<String, String> form = SimRequest.decodeForm(request.bodyText());
    Optional<SimulatedTenant> tenant = tenants.apply(tenantSegment);
    tenant.ifPresent(t -> t.countTokenRequest());
    tenant.ifPresent(counts::token);
    if (tenant.isPresent() && tenant.get().faults().tokenEndpointDown()) {
      return AadstsError.of(
          503,
          "temporarily_unavailable",
          50196,
          "The server is temporarily unavailable. Please try again later.",
          correlation);
    }
    if (tenant.isPresent() && tenant.get().faults().tokenThrottled()) {
      return throttled(tenant.get().faults().tokenThrottleRetryAfterSeconds(), correlation);
    }
    if (tenant.isPresent()) {
      java.util.OptionalLong wait =
          tokenGate.admit(tenant.get(), form.getOrDefault("client_id", ""));
      if (wait.isPresent()) {
        return throttled(wait.getAsLong(), correlation);
      }
    }

    if (!"client_credentials".equals(form.get("grant_type"))) {
      return AadstsError.of(
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '" + form.get("grant_type") + "'.",
          correlation);
    }
    List<String> resources =
        Arrays.stream(form.getOrDefault("scope", "").split(" "))
            .filter(s -> !s.isBlank() && !OIDC_SCOPES.contains(s))
            .collect(Collectors.toList());
    if (resources.size() != 1 || !resources.get(0).endsWith("/.default")) {
      return AadstsError.of(
          400,
          "invalid_scope",
          resources.size() > 1 ? 700022 : 1002012,
          resources.size() > 1
              ? "The provided value for scope "
                  + String.join(" ", resources)
                  + " is not valid. Client credential flows must have a scope value with /.default"
                  + " suffixed to the resource identifier (application ID URI)."
              : "The provided value for scope "
                  + form.get("scope")
                  + " is not valid. Client credential flows must have a scope value with /.default"
                  + " suffixed to the resource identifier (application ID URI).",
          correlation);
    }
    String resource = resources.get(0).substring(0, resources.get(0).length() - 9);
    if (!resource.equals(TokenAuthority.GRAPH_AUDIENCE)) {
      return AadstsError.of(
          400,
          "invalid_resource",
          500011,
          "The resource principal named "
              + resource
              + " was not found in the tenant named "
              + tenantSegment
              + ".",
          correlation);
    }
    if (tenant.isEmpty() || tenant.get().isDeleted()) {
      return AadstsError.of(
          400,
          "invalid_request",
          90002,
          "Tenant '"
              + tenantSegment
              + "' not found. Check to make sure you have the correct tenant ID and are signing"
              + " into the correct cloud.",
          correlation);
    }
    String clientId = form.getOrDefault("client_id", "");
    AppRegistration app = applications.get(clientId);
    if (app == null) {
      return AadstsError.of(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + clientId
              + "' was not found in the directory '"
              + tenant.get().displayName()
              + "'.",
          correlation);
    }
    Optional<SimResponse> authFailure = authenticate(form, app, tenantSegment, correlation);
    if (authFailure.isPresent()) {
      return authFailure.get();
    }
    if (tenant.get().consent() != ConsentState.CONSENTED) {
      return AadstsError.of(
          400,
          "invalid_client",
          7000229,
          "The client application "
              + clientId
              + " is missing service principal in the tenant "
              + tenant.get().id()
              + ".",
          correlation);
    }
    Optional<SimResponse> refused = refusedByTenant(tenant.get(), app, correlation);
    if (refused.isPresent()) {
      return refused.get();
    }
    String accessToken = authority.issue(tenant.get(), app, ServicePrincipals.ourId(tenant.get()));
    JsonObject body = new JsonObject();
    body.addProperty("token_type", "Bearer");
    body.addProperty("expires_in", authority.lifetimeSeconds());
    body.addProperty("ext_expires_in", authority.lifetimeSeconds());
    body.addProperty("access_token", accessToken);
    return SimResponse.json(200, body.toString())
        .withHeader("Content-Type", "application/json; charset=utf-8");
  }

  /**
   * The customer's own policies, checked after the client authenticated and the service principal
   * was found, as Entra does: a disabled enterprise app, then Conditional Access.
   */
  private static Optional<SimResponse> refusedByTenant(
      SimulatedTenant tenant, AppRegistration app, String correlation) {
    if (tenant.isAppDisabled()) {
      return Optional.of(
          AadstsError.of(
              400,
              "unauthorized_client",
              7000112,
              "Application '" + app.clientId() + "'(" + app.displayName() + ") is disabled.",
              correlation));
    }
    if (tenant.faults().conditionalAccessBlock()) {
      return Optional.of(
          AadstsError.of(
              400,
              "interaction_required",
              53003,
              "Access has been blocked by Conditional Access policies. The access policy does not"
                  + " allow token issuance.",
              correlation,
              Optional.of("message_only")));
    }
    return Optional.empty();
  }

  /** Entra's answer to too many token requests: 429 with {@code Retry-After} (seconds). */
  private static SimResponse throttled(double retryAfterSeconds, String correlation) {
    long seconds = Math.max(1, (long) Math.ceil(retryAfterSeconds));
    return AadstsError.of(
            429,
            "temporarily_unavailable",
            90055,
            "There are too many incoming requests. Please try again later.",
            correlation)
        .withHeader("Retry-After", Long.toString(seconds));
  }

  private Optional<SimResponse> authenticate(
      Map<String, String> form, AppRegistration app, String tenantSegment, String correlation) {
    String secret = form.get("client_secret");
    String assertion = form.get("client_assertion");
    if (secret != null) {
      if (app.secret().filter(secret::equals).isPresent()) {
        return Optional.empty();
      }
      return Optional.of(
          AadstsError.of(
              401,
              "invalid_client",
              7000215,
              "Invalid client secret provided. Ensure the secret being sent in the request is the"
                  + " client secret value, not the client secret ID, for a secret added to app '"
                  + app.clientId()
                  + "'.",
              correlation));
    }
    if (assertion == null || !ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
      return Optional.of(
          AadstsError.of(
              401,
              "invalid_client",
              7000218,
              "The request body must contain the following parameter: 'client_assertion' or"
                  + " 'client_secret'.",
              correlation));
    }
    return checkAssertion(assertion, app, tenantSegment, correlation);
  }

  private Optional<SimResponse> checkAssertion(
      String assertion, AppRegistration app, String tenantSegment, String correlation) {
    Optional<JwtCodec.Decoded> decoded = JwtCodec.decode(assertion);
    if (decoded.isEmpty()
        || !decoded.get().headerValue("alg").filter("RS256"::equals).isPresent()) {
      return Optional.of(
          AadstsError.of(
              401, "invalid_client", 50027, "JWT token is invalid or malformed.", correlation));
    }
    JwtCodec.Decoded jwt = decoded.get();
    Optional<X509Certificate> certificate =
        jwt.headerValue("x5t#S256").flatMap(thumb -> certificateWithThumbprint(app, thumb));
    if (certificate.isEmpty()) {
      return Optional.of(
          AadstsError.of(
              401,
              "invalid_client",
              700027,
              "Client assertion failed signature validation. [Reason - The key was not found.,"
                  + " Thumbprint of key used by client: '"
                  + jwt.headerValue("x5t#S256").orElse("")
                  + "']",
              correlation));
    }
    if (!jwt.signedBy(certificate.get().getPublicKey())) {
      return Optional.of(
          AadstsError.of(
              401,
              "invalid_client",
              700027,
              "Client assertion failed signature validation.",
              correlation));
    }
    String expectedAudience = PUBLIC_LOGIN + "/" + tenantSegment + "/oauth2/v2.0/token";
    if (!jwt.claim("aud").filter(expectedAudience::equalsIgnoreCase).isPresent()) {
      return Optional.of(
          AadstsError.of(
              401,
              "invalid_client",
              700212,
              "No matching federated identity record found for presented assertion audience '"
                  + jwt.claim("aud").orElse("")
                  + "'.",
              correlation));
    }
    if (!jwt.claim("iss").filter(app.clientId()::equals).isPresent()
        || !jwt.claim("sub").filter(app.clientId()::equals).isPresent()) {
      return Optional.of(
          AadstsError.of(
              401,
              "invalid_client",
              700023,
              "Client assertion audience claim does not match Realm issuer, or iss and sub are"
                  + " not the client id.",
              correlation));
    }
    long now = clock.instant().getEpochSecond();
    long exp = jwt.claim("exp").map(Long::parseLong).orElse(0L);
    if (exp < now - 300) {
      return Optional.of(
          AadstsError.of(
              401,
              "invalid_client",
              700024,
              "Client assertion is not within its valid time range.",
              correlation));
    }
    return Optional.empty();
  }

  /**
   * The registered certificate whose SHA-256 thumbprint the assertion names. MSAL4J 1.26 sends
   * {@code x5t#S256} in standard base64 (RFC 7515 says base64url), so both spellings match.
   */
  private static Optional<X509Certificate> certificateWithThumbprint(
      AppRegistration app, String thumbprint) {
    for (X509Certificate certificate : app.certificates()) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        String presented = thumbprint.replace('+', '-').replace('/', '_').replace("=", "");
        if (expected.equals(presented)) {
          return Optional.of(certificate);
        }
      } catch (GeneralSecurityException e) {
        // an unusable certificate simply does not match
      }
    }
    return Optional.empty();
  }
}
