package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A change round of {@code /groups/delta} in which one group gained more members than fit on a
 * page: the group is sliced across pages as in the first round (graph-contracts §4.2).
 */
class GroupsDeltaSlicingTest {

  private static final String CLIENT_ID = "0a1b2c3d-1111-4222-8333-444455556666";
  private static final int ADDED = 2_500;
  private static final int MEMBERS_PER_PAGE = 2_000;

  @Test
  void aChangeRoundSlicesALargeGroupsMemberChangesAcrossPages() {
    MicrosoftCloudSimulator simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(41, 300));
    simulator.registerApplication(
        new AppRegistration(CLIENT_ID, "Slicing", Optional.of("s3cret"), List.of()));
    SimulatedTenant big =
        simulator.tenants().stream()
            .max(Comparator.comparingInt(SimulatedTenant::userCount))
            .orElseThrow();
    assertTrue(big.userCount() >= ADDED, "largest tenant has " + big.userCount() + " users");
    String token = token(simulator, big);

    JsonObject latest =
        get(simulator, token, "/graph/v1.0/groups/delta()", "$deltaToken=latest&$select=members");
    String deltaLink = latest.get("@odata.deltaLink").getAsString();

    TenantDirectory dir = simulator.directory(big);
    String groupId = dir.createGroup("All hands");
    for (int u = 0; u < ADDED; u++) {
      dir.addMember(groupId, dir.user(u).id());
    }

    List<JsonObject> pages = new ArrayList<>();
    String link = deltaLink;
    while (link != null) {
      JsonObject page = follow(simulator, token, link);
      pages.add(page);
      link = page.has("@odata.nextLink") ? page.get("@odata.nextLink").getAsString() : null;
      if (link == null) {
        assertTrue(page.has("@odata.deltaLink"), "the round ends with a deltaLink");
      }
    }
    assertTrue(pages.size() >= 2, "pages: " + pages.size());
    Set<String> memberIds = new HashSet<>();
    int appearances = 0;
    for (JsonObject page : pages) {
      int onPage = 0;
      for (JsonElement e : page.getAsJsonArray("value")) {
        JsonObject entry = e.getAsJsonObject();
        if (!entry.get("id").getAsString().equals(groupId)) {
          continue;
        }
        appearances++;
        if (appearances > 1) {
          assertEquals(Set.of("id", "members@delta"), entry.keySet(), "continuation entry");
        }
        JsonArray members = entry.getAsJsonArray("members@delta");
        onPage += members.size();
        members.forEach(m -> memberIds.add(m.getAsJsonObject().get("id").getAsString()));
      }
      assertTrue(onPage <= MEMBERS_PER_PAGE, "members on one page: " + onPage);
    }
    assertTrue(appearances >= 2, "the group appears on " + appearances + " pages");
    assertEquals(ADDED, memberIds.size());
  }

  private static String token(MicrosoftCloudSimulator simulator, SimulatedTenant tenant) {
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
    return JsonParser.parseString(response.bodyText())
        .getAsJsonObject()
        .get("access_token")
        .getAsString();
  }

  private static JsonObject follow(MicrosoftCloudSimulator simulator, String token, String link) {
    String rest = link.substring(link.indexOf("/v1.0/"));
    int q = rest.indexOf('?');
    return get(simulator, token, "/graph" + rest.substring(0, q), rest.substring(q + 1));
  }

  private static JsonObject get(
      MicrosoftCloudSimulator simulator, String token, String path, String query) {
    SimResponse response =
        simulator.handle(
            new SimRequest(
                "GET", path, query, Map.of("Authorization", "Bearer " + token), new byte[0]));
    assertEquals(200, response.status(), response.bodyText());
    return JsonParser.parseString(response.bodyText()).getAsJsonObject();
  }
}
