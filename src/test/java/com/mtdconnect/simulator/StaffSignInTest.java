package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mtdconnect.simulator.boundary.LoopbackSimulatorServer;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorEndpoints;
import com.mtdconnect.simulator.control.identity.JwtCodec;
import com.mtdconnect.simulator.control.presenter.DemoScenario;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo OpenID Connect provider, driven over loopback HTTP like a relying party would. */
class StaffSignInTest {

  private static final String CALLBACK = "http://127.0.0.1:9/callback";

  private static final String MSP_TENANT = "4d5f0a3e-6b1c-4c8e-9a57-00000000e5a0";

  @Test
  void authorizationCodeFlowIssuesASignedIdTokenWithGroupsOnce() throws Exception {
    MicrosoftCloudSimulator simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(1, 1));
    simulator.enableStaffSignIn(
        MSP_TENANT, "portal", "secret", DemoScenario.staff(), DemoScenario.STAFF_GROUP_NAMES);
    try (LoopbackSimulatorServer server = LoopbackSimulatorServer.start(simulator, 2)) {
      HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      SimulatorEndpoints microsoft = new SimulatorEndpoints(URI.create(server.baseUrl()));
      String issuer = "https://login.microsoftonline.com/" + MSP_TENANT + "/v2.0";
      JsonObject discovery =
          json(
              http.send(
                      get(microsoft.resolve(issuer + "/.well-known/openid-configuration")), body())
                  .body());
      assertEquals(issuer, discovery.get("issuer").getAsString());
      JsonObject endpoints = new JsonObject();
      for (String key :
          List.of("authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint")) {
        endpoints.addProperty(key, microsoft.resolve(discovery.get(key).getAsString()));
      }
      discovery = endpoints;

      String query =
          "client_id=portal&response_type=code&scope=openid+profile&redirect_uri="
              + enc(CALLBACK)
              + "&state=st&nonce=n-1";
      String page =
          http.send(
                  get(discovery.get("authorization_endpoint").getAsString() + "?" + query), body())
              .body();
      assertTrue(page.contains("Priya Policy"));
      assertTrue(page.contains("MSP Policy Managers"), "the picker names the groups");
      HttpResponse<String> picked =
          http.send(
              post(
                  discovery.get("authorization_endpoint").getAsString(),
                  query + "&username=policy",
                  null),
              body());
      assertEquals(302, picked.statusCode());
      Map<String, String> callback =
          SimRequest.decodeForm(
              URI.create(picked.headers().firstValue("Location").orElseThrow()).getRawQuery());
      assertEquals("st", callback.get("state"));

      String exchange =
          "grant_type=authorization_code&code="
              + callback.get("code")
              + "&redirect_uri="
              + enc(CALLBACK);
      String basic =
          Base64.getEncoder().encodeToString("portal:secret".getBytes(StandardCharsets.UTF_8));
      JsonObject tokens =
          json(
              http.send(
                      post(discovery.get("token_endpoint").getAsString(), exchange, basic), body())
                  .body());
      JwtCodec.Decoded idToken =
          JwtCodec.decode(tokens.get("id_token").getAsString()).orElseThrow();
      JsonObject jwk =
          json(http.send(get(discovery.get("jwks_uri").getAsString()), body()).body())
              .getAsJsonArray("keys")
              .get(0)
              .getAsJsonObject();
      assertTrue(idToken.signedBy(rsa(jwk)));
      assertEquals(issuer, idToken.claim("iss").orElseThrow());
      assertEquals("portal", idToken.claim("aud").orElseThrow());
      assertEquals("n-1", idToken.claim("nonce").orElseThrow());
      assertEquals("policy", idToken.claim("preferred_username").orElseThrow());
      assertEquals(
          DemoScenario.POLICY_MANAGERS_GROUP,
          idToken.claims().getAsJsonArray("groups").get(0).getAsString(),
          "groups travel as Entra group object ids");

      HttpResponse<String> replay =
          http.send(post(discovery.get("token_endpoint").getAsString(), exchange, basic), body());
      assertEquals(400, replay.statusCode());
      assertTrue(replay.body().contains("invalid_grant"));
    }
  }

  private static PublicKey rsa(JsonObject jwk) throws Exception {
    Base64.Decoder d = Base64.getUrlDecoder();
    return KeyFactory.getInstance("RSA")
        .generatePublic(
            new RSAPublicKeySpec(
                new BigInteger(1, d.decode(jwk.get("n").getAsString())),
                new BigInteger(1, d.decode(jwk.get("e").getAsString()))));
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  private static HttpRequest post(String url, String form, String basic) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (basic != null) {
      b.header("Authorization", "Basic " + basic);
    }
    return b.build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
