package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Per-tenant refusals of the token endpoint (graph-contracts §1.3–1.4), via API and control page.
 */
class TokenEndpointFaultsTest {

  private static final String CLIENT_ID = "0a1b2c3d-1111-4222-8333-444455556666";
  private static final String BASE = "http://localhost:8080/simulator";
  private static final Set<String> AADSTS_KEYS =
      Set.of(
          "error",
          "error_description",
          "error_codes",
          "timestamp",
          "trace_id",
          "correlation_id",
          "error_uri");

  private final MicrosoftCloudSimulator simulator =
      MicrosoftCloudSimulator.create(SimulatorConfig.of(21, 4));

  TokenEndpointFaultsTest() {
    simulator.registerApplication(
        new AppRegistration(CLIENT_ID, "MTD Connect", Optional.of("s3cret"), List.of()));
  }

  private SimResponse tokenRequest(SimulatedTenant tenant, String secret) {
    String form =
        "client_id="
            + CLIENT_ID
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
            + "&grant_type=client_credentials&client_secret="
            + secret;
    return simulator.handle(
        new SimRequest(
            "POST",
            "/login/" + tenant.id() + "/oauth2/v2.0/token",
            "",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            form.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject body(SimResponse response) {
    return JsonParser.parseString(response.bodyText()).getAsJsonObject();
  }

  private static int code(SimResponse response) {
    return body(response).getAsJsonArray("error_codes").get(0).getAsInt();
  }

  private void post(SimulatedTenant t, String form) {
    SimResponse r =
        simulator.handle(
            new SimRequest(
                "POST",
                "/control/tenant/" + t.id(),
                "",
                Map.of(
                    MicrosoftCloudSimulator.PUBLIC_BASE_HEADER,
                    BASE,
                    "Origin",
                    "http://localhost:8080"),
                form.getBytes(StandardCharsets.UTF_8)));
    assertEquals(303, r.status());
  }

  @Test
  void aDisabledEnterpriseAppAnswersAadsts7000112AndEnablingItRestoresTokens() {
    SimulatedTenant t = simulator.tenant(0);
    t.disableApp();
    SimResponse refused = tokenRequest(t, "s3cret");
    assertEquals(400, refused.status());
    assertEquals(AADSTS_KEYS, body(refused).keySet());
    assertEquals("unauthorized_client", body(refused).get("error").getAsString());
    assertEquals(7000112, code(refused));
    assertTrue(
        body(refused)
            .get("error_description")
            .getAsString()
            .startsWith(
                "AADSTS7000112: Application '" + CLIENT_ID + "'(MTD Connect) is disabled."));
    assertEquals(401, tokenRequest(t, "wrong").status(), "the credential is checked first");
    t.enableApp();
    assertEquals(200, tokenRequest(t, "s3cret").status());
  }

  @Test
  void conditionalAccessAnswersAadsts53003WithTheMessageOnlySuberror() {
    SimulatedTenant t = simulator.tenant(1);
    t.faults().conditionalAccessBlock(true);
    SimResponse refused = tokenRequest(t, "s3cret");
    assertEquals(400, refused.status());
    JsonObject body = body(refused);
    Set<String> keys = new java.util.HashSet<>(AADSTS_KEYS);
    keys.add("suberror");
    assertEquals(keys, body.keySet());
    assertEquals("interaction_required", body.get("error").getAsString());
    assertEquals("message_only", body.get("suberror").getAsString());
    assertEquals(53003, code(refused));
    t.faults().clear();
    assertEquals(200, tokenRequest(t, "s3cret").status());
  }

  @Test
  void aThrottledTokenEndpointAnswers429WithRetryAfter() {
    SimulatedTenant t = simulator.tenant(2);
    t.faults().tokenThrottled(2.5);
    SimResponse throttled = tokenRequest(t, "s3cret");
    assertEquals(429, throttled.status());
    assertEquals("3", throttled.headers().get("Retry-After"));
    assertEquals(AADSTS_KEYS, body(throttled).keySet());
    t.faults().tokenThrottled(0);
    assertEquals(200, tokenRequest(t, "s3cret").status());
  }

  @Test
  void aPresenterDisablesTheAppAndSetsTokenFaultsOnTheControlPage() {
    SimulatedTenant t = simulator.tenant(3);
    post(t, "action=disable-app");
    assertTrue(t.isAppDisabled());
    assertEquals(7000112, code(tokenRequest(t, "s3cret")));
    String page =
        simulator
            .handle(
                new SimRequest(
                    "GET",
                    "/control/tenant/" + t.id(),
                    "",
                    Map.of(MicrosoftCloudSimulator.PUBLIC_BASE_HEADER, BASE),
                    null))
            .bodyText();
    assertTrue(page.contains("our enterprise app disabled"), page);
    assertTrue(page.contains("value=\"enable-app\""), page);
    post(t, "action=enable-app");
    assertFalse(t.isAppDisabled());
    post(t, "action=faults&conditionalAccess=on");
    assertEquals(53003, code(tokenRequest(t, "s3cret")));
    post(t, "action=faults&tokenThrottled=on&tokenRetryAfter=4");
    assertFalse(t.faults().conditionalAccessBlock());
    assertEquals(4.0, t.faults().tokenThrottleRetryAfterSeconds(), 1e-9);
    assertEquals(429, tokenRequest(t, "s3cret").status());
    post(t, "action=clear-faults");
    assertEquals(200, tokenRequest(t, "s3cret").status());
  }
}
