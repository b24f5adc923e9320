package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short token lifetime configured in the simulator is what Entra ID answers, and MSAL fetches a
 * new token once the cached one is within MSAL's 300 s refresh margin. 303 s leaves a cache window
 * of about 3 s (MSAL never caches tokens of 300 s or less), measured against the real clock that
 * MSAL and the simulator's token authority share.
 */
class GraphGatewayTokenLifetimeTest {

  private static final long LIFETIME = 303;
  private static SimulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture =
        new SimulatorFixture(
            SimulatorConfig.of(23, 2).withTokenLifetime(Duration.ofSeconds(LIFETIME)));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void theConfiguredLifetimeIsIssuedInExpiresInAndInTheTokensExpClaim() {
    SimulatedTenant t = fixture.simulator().tenant(0);
    String form =
        "client_id="
            + SimulatorFixture.CLIENT_ID
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
            + "&grant_type=client_credentials&client_secret="
            + SimulatorFixture.SECRET;
    SimResponse response =
        fixture
            .simulator()
            .handle(
                new SimRequest(
                    "POST",
                    "/login/" + t.id() + "/oauth2/v2.0/token",
                    "",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    form.getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, response.status(), response.bodyText());
    JsonObject body = JsonParser.parseString(response.bodyText()).getAsJsonObject();
    assertEquals(LIFETIME, body.get("expires_in").getAsLong());
    assertEquals(LIFETIME, body.get("ext_expires_in").getAsLong());
    String payload = body.get("access_token").getAsString().split("\\.")[1];
    JsonObject claims =
        JsonParser.parseString(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
            .getAsJsonObject();
    assertEquals(LIFETIME, claims.get("exp").getAsLong() - claims.get("iat").getAsLong());
  }

  @Test
  void msalServesTheCachedTokenUntilItExpiresAndThenRequestsANewOne() throws Exception {
    SimulatedTenant t = fixture.simulator().tenant(1);
    GraphGateway gateway = fixture.gateway();
    int before = t.tokenRequests();
    assertFalse(gateway.grantedAppRoles(t.id()).isEmpty());
    long issued = System.nanoTime(); // MSAL stamped the token's expiry no later than this
    assertFalse(gateway.grantedAppRoles(t.id()).isEmpty());
    long elapsedMillis = (System.nanoTime() - issued) / 1_000_000;
    if (elapsedMillis < 1_000) {
      assertEquals(1, t.tokenRequests() - before, "the second call is served from MSAL's cache");
    }
    // then the token is within MSAL's 300 s margin of its expiry (303 s lifetime)
    Thread.sleep(Math.max(0, (LIFETIME - 300) * 1000 + 1_100 - elapsedMillis));
    int beforeRenewal = t.tokenRequests();
    assertFalse(gateway.grantedAppRoles(t.id()).isEmpty());
    assertEquals(1, t.tokenRequests() - beforeRenewal, "an expiring token is fetched again");
  }
}
