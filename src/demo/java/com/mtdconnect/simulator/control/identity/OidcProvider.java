package com.mtdconnect.simulator.control.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimStaffAccount;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The demo MSP's own Entra tenant as an OpenID Connect provider for staff sign-in, at Entra ID's
 * v2.0 paths below {@code /login/{tenant}} (graph-contracts: the Microsoft identity platform), so
 * the identity component runs its real authorization-code flow against the same URLs as in
 * production: discovery ({@code /v2.0/.well-known/openid-configuration}), authorize ({@code
 * /oauth2/v2.0/authorize}: a user picker instead of a password), token ({@code /oauth2/v2.0/token}:
 * client secret basic or post, single-use codes, PKCE S256 when sent), keys ({@code
 * /discovery/v2.0/keys}), logout ({@code /oauth2/v2.0/logout}) and Graph's userinfo ({@code
 * /graph/oidc/userinfo}). The issuer is Entra's, {@code
 * https://login.microsoftonline.com/{tenant}/v2.0}.
 */
public final class OidcProvider {
  /** Microsoft's identity platform, as the issuer and the discovery document name it. */
  private static final String LOGIN = "https://login.microsoftonline.com/";

  /** What an authorization code stands for until it is redeemed (once, within 5 minutes). */
  private record Grant(
      SimStaffAccount account,
      String clientId,
      String redirectUri,
      String nonce,
      String codeChallenge,
      Instant expires) {}

  private final String tenantId;
  private final TokenAuthority authority;
  private final Supplier<List<SimStaffAccount>> staff;
  private final Function<List<String>, List<String>> groupNames;
  private final Function<String, Optional<String>> notes;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, SimStaffAccount> accessTokens = new ConcurrentHashMap<>();

  public OidcProvider(
      String tenantId,
      TokenAuthority authority,
      Supplier<List<SimStaffAccount>> staff,
      Function<List<String>, List<String>> groupNames,
      Function<String, Optional<String>> notes,
      String clientId,
      String clientSecret,
      Clock clock) {
    this.tenantId = tenantId;
    this.authority = authority;
    this.staff = staff;
    this.groupNames = groupNames;
    this.notes = notes;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  /** The directory id of the MSP's own tenant, whose staff this provider signs in. */
  public String tenantId() {
    return tenantId;
  }

  /** Entra's issuer of the MSP's tenant. */
  public String issuer() {
    return LOGIN + tenantId + "/v2.0";
  }

  /** Handles {@code path} below {@code /login/{tenant}}. */
  public SimResponse handle(SimRequest request, String path) {
    return switch (path) {
      case "/v2.0/.well-known/openid-configuration" -> discovery();
      case "/oauth2/v2.0/authorize" -> authorize(request);
      case "/oauth2/v2.0/token" -> token(request, issuer());
      case "/discovery/v2.0/keys" -> SimResponse.json(200, authority.jwks().toString());
      case "/oauth2/v2.0/logout" -> logout(request);
      default -> SimResponse.json(404, "{\"error\":\"not_found\"}");
    };
  }

  /** Graph's {@code /oidc/userinfo}: the signed-in staff member's claims. */
  public SimResponse userinfo(SimRequest request) {
    return userinfoOf(request);
  }

  private SimResponse discovery() {
    String tenant = LOGIN + tenantId;
    JsonObject d = new JsonObject();
    d.addProperty("issuer", issuer());
    d.addProperty("authorization_endpoint", tenant + "/oauth2/v2.0/authorize");
    d.addProperty("token_endpoint", tenant + "/oauth2/v2.0/token");
    d.addProperty("jwks_uri", tenant + "/discovery/v2.0/keys");
    d.addProperty("userinfo_endpoint", "https://graph.microsoft.com/oidc/userinfo");
    d.addProperty("end_session_endpoint", tenant + "/oauth2/v2.0/logout");
    d.add("response_types_supported", GraphJson.strings(List.of("code")));
    d.add("subject_types_supported", GraphJson.strings(List.of("public")));
    d.add("id_token_signing_alg_values_supported", GraphJson.strings(List.of("RS256")));
    d.add("scopes_supported", GraphJson.strings(List.of("openid", "profile", "email")));
    d.add(
        "token_endpoint_auth_methods_supported",
        GraphJson.strings(List.of("client_secret_basic", "client_secret_post")));
    d.add(
        "claims_supported",
        GraphJson.strings(
            List.of(
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "nonce",
                "name",
                "preferred_username",
                "email",
                "groups",
                "roles")));
    d.add("code_challenge_methods_supported", GraphJson.strings(List.of("S256")));
    return SimResponse.json(200, d.toString()).withHeader("Content-Type", "application/json");
  }

  private SimResponse authorize(SimRequest request) {
    boolean post = "POST".equals(request.method());
    Map<String, String> p = post ? SimRequest.decodeForm(request.bodyText()) : request.query();
    String redirectUri = p.getOrDefault("redirect_uri", "");
    if (!clientId.equals(p.get("client_id"))
        || !(redirectUri.startsWith("http://") || redirectUri.startsWith("https://"))) {
      return SimResponse.html(400, "<h1>Unknown client or redirect URI</h1>");
    }
    if (!"code".equals(p.get("response_type"))) {
      return redirect(redirectUri, Map.of("error", "unsupported_response_type"), p.get("state"));
    }
    if (!post) {
      return SimResponse.html(200, picker(p));
    }
    Optional<SimStaffAccount> account =
        staff.get().stream().filter(a -> a.username().equals(p.get("username"))).findFirst();
    if (account.isEmpty()) {
      return redirect(
          redirectUri,
          Map.of("error", "access_denied", "error_description", "The user cancelled the sign-in."),
          p.get("state"));
    }
    String code = UUID.randomUUID().toString().replace("-", "");
    codes.put(
        code,
        new Grant(
            account.get(),
            clientId,
            redirectUri,
            p.get("nonce"),
            p.get("code_challenge"),
            clock.instant().plus(Duration.ofMinutes(5))));
    return redirect(redirectUri, Map.of("code", code), p.get("state"));
  }

  private String picker(Map<String, String> p) {
    StringBuilder b = new StringBuilder();
    b.append(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in</title>")
        .append("<style>body{font-family:'Segoe UI',sans-serif;background:#f2f2f2}")
        .append("main{background:#fff;max-width:440px;margin:60px auto;padding:44px}")
        .append("button{display:block;width:100%;margin:8px 0;padding:10px 12px;text-align:left;")
        .append("background:#fff;border:1px solid #8a8886;font:inherit;cursor:pointer}")
        .append("button.staff:hover{background:#f3f2f1}button span{color:#605e5c;margin-left:6px}")
        .append("button small{display:block;color:#605e5c;margin-top:2px}")
        .append("button.cancel{width:auto;margin-top:20px;background:#f3f2f1}")
        .append(".sim{font-size:12px;color:#605e5c;text-transform:uppercase;letter-spacing:.05em}")
        .append("</style></head><body><main><p class=\"sim\">Microsoft cloud simulator</p>")
        .append("<h1>Pick an account</h1>")
        .append("<p>Demo mode: sign in to MTD Connect as one of the demo MSP's staff. There is no")
        .append(" password; the groups travel to the portal in the sign-in token.</p>")
        .append("<form method=\"post\" action=\"\">");
    for (String key :
        new String[] {
          "client_id",
          "redirect_uri",
          "response_type",
          "scope",
          "state",
          "nonce",
          "code_challenge",
          "code_challenge_method"
        }) {
      if (p.containsKey(key)) {
        b.append("<input type=\"hidden\" name=\"")
            .append(key)
            .append("\" value=\"")
            .append(AdminConsentPage.escape(p.get(key)))
            .append("\">");
      }
    }
    for (SimStaffAccount a : staff.get()) {
      b.append("<button class=\"staff\" id=\"pick-")
          .append(AdminConsentPage.escape(a.username()))
          .append("\" name=\"username\" value=\"")
          .append(AdminConsentPage.escape(a.username()))
          .append("\"><strong>")
          .append(AdminConsentPage.escape(a.displayName()))
          .append("</strong> <span>")
          .append(AdminConsentPage.escape(a.email()))
          .append("</span><small>Groups: ")
          .append(AdminConsentPage.escape(String.join(", ", groupNames.apply(a.groups()))))
          .append("</small>");
      notes
          .apply(a.username())
          .ifPresent(
              note -> b.append("<small>").append(AdminConsentPage.escape(note)).append("</small>"));
      b.append("</button>");
    }
    return b.append(
            "<button class=\"cancel\" id=\"cancel\" name=\"cancel\" value=\"true\">Cancel</button>")
        .append("</form></main></body></html>")
        .toString();
  }

  private SimResponse token(SimRequest request, String issuer) {
    Map<String, String> form = SimRequest.decodeForm(request.bodyText());
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    Optional<String> basic = request.header("Authorization").filter(h -> h.startsWith("Basic "));
    if (basic.isPresent()) {
      String decoded =
          new String(
              Base64.getDecoder().decode(basic.get().substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
      secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    }
    if (!clientId.equals(id) || !clientSecret.equals(secret)) {
      return oauthError(401, "invalid_client", "Client authentication failed.");
    }
    if ("client_credentials".equals(form.get("grant_type"))) {
      return appToken();
    }
    if (!"authorization_code".equals(form.get("grant_type"))) {
      return oauthError(
          400,
          "unsupported_grant_type",
          "Only authorization_code and client_credentials are supported.");
    }
    Grant grant = codes.remove(form.getOrDefault("code", ""));
    if (grant == null
        || grant.expires().isBefore(clock.instant())
        || !grant.redirectUri().equals(form.get("redirect_uri"))) {
      return oauthError(400, "invalid_grant", "The code is invalid, expired or already used.");
    }
    if (grant.codeChallenge() != null
        && !grant.codeChallenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
      return oauthError(400, "invalid_grant", "PKCE verification failed.");
    }
    long now = clock.instant().getEpochSecond();
    SimStaffAccount a = grant.account();
    JsonObject claims = new JsonObject();
    claims.addProperty("iss", issuer);
    claims.addProperty("sub", a.username());
    claims.addProperty("aud", grant.clientId());
    claims.addProperty("iat", now);
    claims.addProperty("exp", now + 3600);
    if (grant.nonce() != null) {
      claims.addProperty("nonce", grant.nonce());
    }
    claims.addProperty("name", a.displayName());
    claims.addProperty("preferred_username", a.username());
    claims.addProperty("email", a.email());
    claims.addProperty("oid", a.objectId());
    claims.addProperty("tid", tenantId);
    JsonArray groups = GraphJson.strings(a.groups());
    claims.add("groups", groups);
    claims.add("roles", groups.deepCopy());
    String idToken = authority.sign(claims);
    String accessToken = UUID.randomUUID().toString();
    accessTokens.put(accessToken, a);
    JsonObject body = new JsonObject();
    body.addProperty("access_token", accessToken);
    body.addProperty("token_type", "Bearer");
    body.addProperty("expires_in", 3600);
    body.addProperty("scope", form.getOrDefault("scope", "openid profile email"));
    body.addProperty("id_token", idToken);
    return SimResponse.json(200, body.toString())
        .withHeader("Content-Type", "application/json")
        .withHeader("Cache-Control", "no-store");
  }

  /**
   * An app-only Graph token for the staff sign-in app in the MSP's own tenant (client credentials),
   * holding the directory read permissions the MSP's administrator granted it ({@link
   * MspDirectoryGraph#ROLES}).
   */
  private SimResponse appToken() {
    long now = clock.instant().getEpochSecond();
    JsonObject claims = new JsonObject();
    claims.addProperty("aud", TokenAuthority.GRAPH_AUDIENCE);
    claims.addProperty("iss", "https://sts.windows.net/" + tenantId + "/");
    claims.addProperty("iat", now);
    claims.addProperty("nbf", now);
    claims.addProperty("exp", now + 3600);
    claims.addProperty("appid", clientId);
    claims.addProperty("idtyp", "app");
    claims.addProperty("tid", tenantId);
    claims.add("roles", GraphJson.strings(MspDirectoryGraph.ROLES));
    JsonObject body = new JsonObject();
    body.addProperty("token_type", "Bearer");
    body.addProperty("expires_in", 3600);
    body.addProperty("ext_expires_in", 3600);
    body.addProperty("access_token", authority.sign(claims));
    return SimResponse.json(200, body.toString())
        .withHeader("Content-Type", "application/json")
        .withHeader("Cache-Control", "no-store");
  }

  /** Whether the request carries an app-only Graph token this provider issued for its tenant. */
  public boolean carriesDirectoryToken(SimRequest request) {
    return request
        .header("Authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .flatMap(h -> authority.verify(h.substring(7).trim()))
        .filter(t -> t.claim("tid").filter(tenantId::equals).isPresent())
        .filter(t -> t.claim("appid").filter(clientId::equals).isPresent())
        .isPresent();
  }

  private SimResponse userinfoOf(SimRequest request) {
    Optional<SimStaffAccount> account =
        request
            .header("Authorization")
            .filter(h -> h.startsWith("Bearer "))
            .map(h -> accessTokens.get(h.substring(7).trim()));
    if (account.isEmpty()) {
      return oauthError(401, "invalid_token", "Unknown access token.");
    }
    JsonObject info = new JsonObject();
    info.addProperty("sub", account.get().username());
    info.addProperty("name", account.get().displayName());
    info.addProperty("preferred_username", account.get().username());
    info.addProperty("email", account.get().email());
    info.add("groups", GraphJson.strings(account.get().groups()));
    return SimResponse.json(200, info.toString()).withHeader("Content-Type", "application/json");
  }

  private SimResponse logout(SimRequest request) {
    String target = request.query().get("post_logout_redirect_uri");
    if (target == null) {
      return SimResponse.html(200, "<h1>Signed out</h1>");
    }
    return redirect(target, Map.of(), request.query().get("state"));
  }

  private static SimResponse oauthError(int status, String error, String description) {
    JsonObject body = new JsonObject();
    body.addProperty("error", error);
    body.addProperty("error_description", description);
    return SimResponse.json(status, body.toString()).withHeader("Content-Type", "application/json");
  }

  private static SimResponse redirect(String uri, Map<String, String> params, String state) {
    StringBuilder location = new StringBuilder(uri);
    char sep = uri.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      location.append(sep).append(e.getKey()).append('=').append(enc(e.getValue()));
      sep = '&';
    }
    if (state != null) {
      location.append(sep).append("state=").append(enc(state));
    }
    return new SimResponse(302, Map.of("Location", location.toString()), new byte[0]);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
