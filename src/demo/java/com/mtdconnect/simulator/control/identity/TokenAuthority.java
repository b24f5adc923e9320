package com.mtdconnect.simulator.control.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Mints and checks the simulator's app-only access tokens for Microsoft Graph: RS256 with the
 * simulator's own key, v1.0 claims ({@code aud, iss, tid, appid, roles, uti}), a configurable
 * lifetime (Microsoft's usual 3599 s by default).
 */
public final class TokenAuthority {

  public static final String GRAPH_AUDIENCE = "https://graph.microsoft.com";

  private final KeyPair keys;
  private final String keyId = UUID.randomUUID().toString();
  private final Clock clock;
  private final long lifetimeSeconds;

  public TokenAuthority(Clock clock) {
    this(clock, Duration.ofSeconds(3599));
  }

  public TokenAuthority(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetimeSeconds = lifetime.toSeconds();
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      this.keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  public String issue(SimulatedTenant tenant, AppRegistration app, String servicePrincipalId) {
    long now = clock.instant().getEpochSecond();
    JsonObject header = new JsonObject();
    header.addProperty("typ", "JWT");
    header.addProperty("alg", "RS256");
    header.addProperty("kid", keyId);
    JsonObject claims = new JsonObject();
    claims.addProperty("aud", GRAPH_AUDIENCE);
    claims.addProperty("iss", "https://sts.windows.net/" + tenant.id() + "/");
    claims.addProperty("iat", now);
    claims.addProperty("nbf", now);
    claims.addProperty("exp", now + lifetimeSeconds);
    claims.addProperty("app_displayname", app.displayName());
    claims.addProperty("appid", app.clientId());
    claims.addProperty("appidacr", app.certificates().isEmpty() ? "1" : "2");
    claims.addProperty("idtyp", "app");
    claims.addProperty("oid", servicePrincipalId);
    claims.addProperty("sub", servicePrincipalId);
    JsonArray roles = new JsonArray();
    for (GraphAppRole role : tenant.grantedRoles()) {
      roles.add(role.value());
    }
    claims.add("roles", roles);
    claims.addProperty("tid", tenant.id());
    claims.addProperty("uti", UUID.randomUUID().toString().replace("-", ""));
    claims.addProperty("ver", "1.0");
    return JwtCodec.sign(header, claims, keys.getPrivate());
  }

  /** Seconds an access token issued now stays valid ({@code expires_in}). */
  public long lifetimeSeconds() {
    return lifetimeSeconds;
  }

  /** Signs arbitrary claims with this authority's key (RS256, with its key id). */
  public String sign(JsonObject claims) {
    JsonObject header = new JsonObject();
    header.addProperty("typ", "JWT");
    header.addProperty("alg", "RS256");
    header.addProperty("kid", keyId);
    return JwtCodec.sign(header, claims, keys.getPrivate());
  }

  /** The public key as a JSON Web Key Set. */
  public JsonObject jwks() {
    java.security.interfaces.RSAPublicKey key =
        (java.security.interfaces.RSAPublicKey) keys.getPublic();
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    JsonObject jwk = new JsonObject();
    jwk.addProperty("kty", "RSA");
    jwk.addProperty("use", "sig");
    jwk.addProperty("alg", "RS256");
    jwk.addProperty("kid", keyId);
    jwk.addProperty("n", b64.encodeToString(unsigned(key.getModulus())));
    jwk.addProperty("e", b64.encodeToString(unsigned(key.getPublicExponent())));
    JsonArray list = new JsonArray();
    list.add(jwk);
    JsonObject set = new JsonObject();
    set.add("keys", list);
    return set;
  }

  private static byte[] unsigned(java.math.BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  /** Whether this authority signed the token (signature only; callers check the claims). */
  public Optional<JwtCodec.Decoded> signedHere(String token) {
    return JwtCodec.decode(token).filter(t -> t.signedBy(keys.getPublic()));
  }

  /** The claims of a token this authority issued and that has not expired. */
  public Optional<JwtCodec.Decoded> verify(String token) {
    return JwtCodec.decode(token)
        .filter(t -> t.signedBy(keys.getPublic()))
        .filter(t -> t.claim("aud").filter(GRAPH_AUDIENCE::equals).isPresent())
        .filter(
            t ->
                t.claim("exp")
                    .map(Long::parseLong)
                    .filter(exp -> Instant.ofEpochSecond(exp).isAfter(clock.instant()))
                    .isPresent());
  }
}
