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
 * new token once the cached one is within MSAL's 300 s refresh margin.
 *
 * <p>MSAL judges its cache by the system clock ({@code System.currentTimeMillis()}, in whole
 * seconds), which no test can move, and the only way to age its cache from outside is rewriting the
 * serialized cache through a cache-access hook the production gateway does not have. So the test
 * waits, as little as possible: 302 s is the shortest lifetime MSAL serves from its cache for a
 * little while (it never serves tokens of 300 s or less; at 301 s only within the wall-clock second
 * the token arrived in), and the test waits for the wall-clock second in which the token enters the
 * margin, at most 2 s, instead of a fixed 4.1 s.
 */
class GraphGatewayTokenLifetimeTest {

  private static final long LIFETIME = 302;
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
    long askedSecond = System.currentTimeMillis() / 1000; // MSAL stamped the token after this
    assertFalse(gateway.grantedAppRoles(t.id()).isEmpty());
    long issuedSecond = System.currentTimeMillis() / 1000; // ... and no later than this
    assertFalse(gateway.grantedAppRoles(t.id()).isEmpty());
    // MSAL serves a token expiring at second e while now + 300 < e; e >= askedSecond + LIFETIME
    if (System.currentTimeMillis() / 1000 < askedSecond + LIFETIME - 300) {
      assertEquals(1, t.tokenRequests() - before, "the second call is served from MSAL's cache");
    }
    // then the token is within MSAL's 300 s margin of its expiry: e <= issuedSecond + LIFETIME
    long marginSecond = issuedSecond + LIFETIME - 300;
    long wait = Math.max(0, marginSecond * 1000 + 50 - System.currentTimeMillis());
    System.out.printf("[measure] waited %d ms for MSAL's refresh margin%n", wait);
    Thread.sleep(wait);
    int beforeRenewal = t.tokenRequests();
    assertFalse(gateway.grantedAppRoles(t.id()).isEmpty());
    assertEquals(1, t.tokenRequests() - beforeRenewal, "an expiring token is fetched again");
  }
}
