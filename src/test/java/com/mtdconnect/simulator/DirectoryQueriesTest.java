package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Directory query forms of graph-contracts §3–4 beyond the basic list: {@code /$count}. */
class DirectoryQueriesTest {

  private static final String CLIENT_ID = "0a1b2c3d-1111-4222-8333-444455556666";

  private MicrosoftCloudSimulator simulator;
  private SimulatedTenant tenant;
  private String token;

  @BeforeEach
  void setUp() {
    simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(31, 2));
    simulator.registerApplication(
        new AppRegistration(CLIENT_ID, "Queries", Optional.of("s3cret"), List.of()));
    tenant = simulator.tenant(1);
    String form =
        "client_id="
            + CLIENT_ID
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
            + "&grant_type=client_credentials&client_secret=s3cret";
    SimResponse response =
        simulator.handle(
            new SimRequest(
                "POST",
                "/login/" + tenant.id() + "/oauth2/v2.0/token",
                "",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8)));
    token =
        JsonParser.parseString(response.bodyText())
            .getAsJsonObject()
            .get("access_token")
            .getAsString();
  }

  private SimResponse get(String path, String query, String... headers) {
    Map<String, String> h = new HashMap<>();
    h.put("Authorization", "Bearer " + token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      h.put(headers[i], headers[i + 1]);
    }
    return simulator.handle(new SimRequest("GET", path, query, h, new byte[0]));
  }

  @Test
  void countSegmentAnswersPlainTextWithEventualConsistency() {
    TenantDirectory dir = simulator.directory(tenant);
    SimResponse count = get("/graph/v1.0/groups/$count", "", "ConsistencyLevel", "eventual");
    assertEquals(200, count.status(), count.bodyText());
    assertTrue(count.headers().get("Content-Type").startsWith("text/plain"));
    assertEquals(Integer.toString(dir.groupIndices().size()), count.bodyText());
    SimResponse filtered =
        get(
            "/graph/v1.0/groups/$count",
            "$filter=startswith(displayName,'MTD')",
            "ConsistencyLevel",
            "eventual");
    assertEquals("2", filtered.bodyText());
  }

  @Test
  void countSegmentWithoutTheHeaderIsGraphsBadRequest() {
    SimResponse refused = get("/graph/v1.0/groups/$count", "");
    assertEquals(400, refused.status());
    JsonObject error =
        JsonParser.parseString(refused.bodyText()).getAsJsonObject().getAsJsonObject("error");
    assertEquals("Request_BadRequest", error.get("code").getAsString());
    assertEquals("$count is not currently supported.", error.get("message").getAsString());
  }

  @Test
  void transitiveMemberCountsByTypeNeedTheHeaderAndAddUpToAllMembers() {
    TenantDirectory dir = simulator.directory(tenant);
    int group = dir.groupIndices().get(1);
    String id = dir.group(group).orElseThrow().id();
    String base = "/graph/v1.0/groups/" + id + "/transitiveMembers";
    SimResponse users =
        get(base + "/microsoft.graph.user/$count", "", "ConsistencyLevel", "eventual");
    SimResponse devices =
        get(base + "/microsoft.graph.device/$count", "", "ConsistencyLevel", "eventual");
    SimResponse all = get(base + "/$count", "", "ConsistencyLevel", "eventual");
    assertEquals(200, users.status(), users.bodyText());
    assertEquals(Integer.toString(dir.members(group).size()), users.bodyText());
    assertEquals(
        Integer.parseInt(all.bodyText()),
        Integer.parseInt(users.bodyText()) + Integer.parseInt(devices.bodyText()));
    SimResponse refused = get(base + "/microsoft.graph.user/$count", "");
    assertEquals(400, refused.status());
    assertTrue(refused.bodyText().contains("Request_BadRequest"));
  }
}
