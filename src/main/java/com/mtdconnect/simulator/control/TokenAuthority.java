package com.mtdconnect.simulator.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Mints and checks the simulator's app-only access tokens for Microsoft Graph: RS256 with the
 * simulator's own key, v1.0 claims ({@code aud, iss, tid, appid, roles, uti}), 3599 s lifetime.
 */
public final class TokenAuthority {

  public static final int LIFETIME_SECONDS = 3599;
  public static final String GRAPH_AUDIENCE = "https://graph.microsoft.com";

  private final KeyPair keys;
  private final String keyId = UUID.randomUUID().toString();
  private final Clock clock;

  public TokenAuthority(Clock clock) {
    this.clock = clock;
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
    claims.addProperty("exp", now + LIFETIME_SECONDS);
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
