package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.control.directory.MembershipChurn;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.AppLimits;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.ChurnRate;
import com.mtdconnect.simulator.entity.RequestCount;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.HandClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a polling engine meets at scale: limits per app across all tenants (requests and identity
 * resource units, with {@code x-ms-throttle-limit-percentage} near them), token-endpoint
 * throttling, request counts per tenant, membership churn seen through delta, multi-page deltas and
 * their invalidation, and app installs that move with an injected clock.
 */
class SimulatedLoadTest {

  private static final String CLIENT_ID = "0a1b2c3d-1111-4222-8333-444455556666";
  private static final String SECRET = "s3cret";

  private static MicrosoftCloudSimulator simulator(SimulatorConfig config, Clock clock) {
    MicrosoftCloudSimulator simulator = MicrosoftCloudSimulator.create(config, clock);
    simulator.registerApplication(
        new AppRegistration(CLIENT_ID, "Load", Optional.of(SECRET), List.of()));
    return simulator;
  }

  private static MicrosoftCloudSimulator simulator(SimulatorConfig config) {
    return simulator(config, Clock.systemUTC());
  }

  private static SimResponse tokenRequest(MicrosoftCloudSimulator simulator, SimulatedTenant t) {
    String form =
        "client_id="
            + CLIENT_ID
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
            + "&grant_type=client_credentials&client_secret="
            + SECRET;
    return simulator.handle(
        new SimRequest(
            "POST",
            "/login/" + t.id() + "/oauth2/v2.0/token",
            "",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            form.getBytes(StandardCharsets.UTF_8)));
  }

  private static String token(MicrosoftCloudSimulator simulator, SimulatedTenant t) {
    SimResponse response = tokenRequest(simulator, t);
    assertEquals(200, response.status(), response.bodyText());
    return json(response).get("access_token").getAsString();
  }

  private static SimResponse call(
      MicrosoftCloudSimulator simulator, String token, String method, String url, String body) {
    int q = url.indexOf('?');
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer " + token);
    headers.put("Content-Type", "application/json");
    return simulator.handle(
        new SimRequest(
            method,
            q < 0 ? url : url.substring(0, q),
            q < 0 ? "" : url.substring(q + 1),
            headers,
            body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
  }

  private static SimResponse get(MicrosoftCloudSimulator simulator, String token, String url) {
    return call(simulator, token, "GET", url, null);
  }

  /** Follows a nextLink or deltaLink (Microsoft's URL) to the simulator. */
  private static SimResponse follow(MicrosoftCloudSimulator simulator, String token, String link) {
    return get(simulator, token, "/graph" + link.substring(link.indexOf("/v1.0/")));
  }

  private static JsonObject json(SimResponse response) {
    return JsonParser.parseString(response.bodyText()).getAsJsonObject();
  }

  // ---- limits per app across all tenants

  @Test
  void theAppWideRequestLimitCountsEveryTenantAndWarnsFromEightyPercent() {
    MicrosoftCloudSimulator simulator =
        simulator(
            SimulatorConfig.of(61, 3)
                .withAppLimits(
                    AppLimits.microsoftPublished().withRequests(10, Duration.ofMinutes(1))));
    List<String> tokens = new ArrayList<>();
    for (SimulatedTenant t : simulator.tenants()) {
      tokens.add(token(simulator, t));
    }
    List<SimResponse> answers = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      answers.add(
          get(
              simulator,
              tokens.get(i % 3),
              "/graph/v1.0/deviceManagement/mobileThreatDefenseConnectors"));
    }
    for (int i = 0; i < 10; i++) {
      assertEquals(200, answers.get(i).status(), "request " + (i + 1));
      String percentage = answers.get(i).headers().get("x-ms-throttle-limit-percentage");
      if (i < 7) {
        assertNull(percentage, "request " + (i + 1) + " is below 0.8 of the limit");
      } else {
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", (i + 1) / 10.0), percentage);
      }
    }
    SimResponse refused = answers.get(10);
    assertEquals(429, refused.status(), "no tenant is near its own limit: the app is");
    assertTrue(Double.parseDouble(refused.headers().get("Retry-After")) > 0);
    assertEquals("Application/Read/" + CLIENT_ID, refused.headers().get("x-ms-throttle-scope"));
    assertEquals(
        "TooManyRequests", json(refused).getAsJsonObject("error").get("code").getAsString());
    assertEquals(1, simulator.throttledAppWide());
    assertEquals(0, simulator.throttledByLimits(), "no per-tenant limit was reached");
  }

  @Test
  void directoryResponsesWarnNearTheTenantsOwnResourceUnitLimitToo() {
    MicrosoftCloudSimulator simulator =
        simulator(
            SimulatorConfig.of(60, 1)
                .withLimits(
                    com.mtdconnect.simulator.entity.ThrottleLimits.uniform(
                        10, Duration.ofMinutes(1))));
    SimulatedTenant t = simulator.tenant(0);
    String token = token(simulator, t);
    List<String> percentages = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // GET /users/{id}/ownedDevices costs 2 units
      SimResponse ok =
          get(
              simulator,
              token,
              "/graph/v1.0/users/" + simulator.directory(t).user(0).id() + "/ownedDevices");
      assertEquals(200, ok.status(), ok.bodyText());
      percentages.add(ok.headers().get("x-ms-throttle-limit-percentage"));
    }
    assertEquals(java.util.Arrays.asList(null, null, null, "0.80", "1.00"), percentages);
    assertEquals(429, get(simulator, token, "/graph/v1.0/groups").status());
    SimResponse intune =
        get(simulator, token, "/graph/v1.0/deviceManagement/mobileThreatDefenseConnectors");
    assertNull(
        intune.headers().get("x-ms-throttle-limit-percentage"),
        "Intune does not document the header; its limits are counted by family");
  }

  @Test
  void directoryRequestsSpendResourceUnitsNotRequestsOfTheAppWideIdentityLimit() {
    MicrosoftCloudSimulator simulator =
        simulator(
            SimulatorConfig.of(62, 2)
                .withAppLimits(
                    AppLimits.microsoftPublished().withDirectoryUnits(20, Duration.ofMinutes(1))));
    SimulatedTenant a = simulator.tenant(0);
    SimulatedTenant b = simulator.tenant(1);
    String ta = token(simulator, a);
    String tb = token(simulator, b);
    String groupA = simulator.directory(a).group(1).orElseThrow().id();
    String groupB = simulator.directory(b).group(1).orElseThrow().id();
    // transitiveMembers costs 5 units: four requests spend the 20 units of the app
    for (int i = 0; i < 4; i++) {
      SimResponse ok =
          get(
              simulator,
              i % 2 == 0 ? ta : tb,
              "/graph/v1.0/groups/" + (i % 2 == 0 ? groupA : groupB) + "/transitiveMembers");
      assertEquals(200, ok.status(), ok.bodyText());
      assertEquals("5", ok.headers().get("x-ms-resource-unit"));
    }
    SimResponse refused = get(simulator, tb, "/graph/v1.0/groups?$select=id");
    assertEquals(429, refused.status());
    assertEquals("ResourceUnitLimitExceeded", refused.headers().get("x-ms-throttle-information"));
    SimResponse intune =
        get(simulator, ta, "/graph/v1.0/deviceManagement/mobileThreatDefenseConnectors");
    assertEquals(200, intune.status(), "Intune requests spend no identity resource units");
  }

  @Test
  void stepsInsideABatchEachCountAgainstTheAppWhileTheEnvelopeCountsOnceForTheTenant() {
    MicrosoftCloudSimulator simulator =
        simulator(
            SimulatorConfig.of(63, 1)
                .withAppLimits(
                    AppLimits.microsoftPublished().withRequests(2, Duration.ofMinutes(1))));
    SimulatedTenant t = simulator.tenant(0);
    String token = token(simulator, t);
    StringBuilder batch = new StringBuilder("{\"requests\":[");
    for (int i = 1; i <= 3; i++) {
      batch
          .append(i == 1 ? "" : ",")
          .append("{\"id\":\"")
          .append(i)
          .append("\",\"method\":\"GET\",\"url\":\"/groups?$select=id\"}");
    }
    SimResponse response =
        call(simulator, token, "POST", "/graph/v1.0/$batch", batch.append("]}").toString());
    assertEquals(200, response.status());
    Map<String, Integer> statuses = new HashMap<>();
    for (JsonElement r : json(response).getAsJsonArray("responses")) {
      statuses.put(
          r.getAsJsonObject().get("id").getAsString(),
          r.getAsJsonObject().get("status").getAsInt());
    }
    assertEquals(Map.of("1", 200, "2", 200, "3", 429), statuses);
    assertEquals(new RequestCount(1, 3, 1), simulator.requests(t));
  }

  // ---- token endpoint

  @Test
  void theTokenEndpointThrottlesAnAppThatAsksOneTenantTooOftenWithRetryAfterSixty() {
    MicrosoftCloudSimulator simulator =
        simulator(
            SimulatorConfig.of(64, 2)
                .withAppLimits(
                    AppLimits.microsoftPublished()
                        .withTokenRequests(3, Duration.ofMinutes(1), Duration.ofSeconds(60))));
    SimulatedTenant busy = simulator.tenant(0);
    for (int i = 0; i < 3; i++) {
      assertEquals(200, tokenRequest(simulator, busy).status());
    }
    SimResponse refused = tokenRequest(simulator, busy);
    assertEquals(429, refused.status());
    assertEquals("60", refused.headers().get("Retry-After"));
    JsonObject body = json(refused);
    assertEquals("temporarily_unavailable", body.get("error").getAsString());
    assertTrue(body.get("error_description").getAsString().startsWith("AADSTS90055:"));
    assertEquals(200, tokenRequest(simulator, simulator.tenant(1)).status(), "other tenants");
    assertEquals(1, simulator.throttledTokenRequests());
    assertEquals(4, simulator.requests(busy).token());
  }

  // ---- request counting

  @Test
  void everyRequestIsCountedPerTenantAndTheCountsReset() {
    MicrosoftCloudSimulator simulator = simulator(SimulatorConfig.of(65, 2));
    SimulatedTenant a = simulator.tenant(0);
    SimulatedTenant b = simulator.tenant(1);
    String ta = token(simulator, a);
    token(simulator, b);
    get(simulator, ta, "/graph/v1.0/groups");
    get(simulator, ta, "/graph/v1.0/devices");
    tenantlessRequest(simulator);
    assertEquals(new RequestCount(2, 0, 1), simulator.requests(a));
    assertEquals(3, simulator.requests(a).http());
    assertEquals(new RequestCount(0, 0, 1), simulator.requests(b));
    assertEquals(new RequestCount(2, 0, 2), simulator.totalRequests());
    simulator.resetRequestCounts();
    assertEquals(RequestCount.NONE, simulator.requests(a));
    get(simulator, ta, "/graph/v1.0/groups");
    assertEquals(new RequestCount(1, 0, 0), simulator.requests(a));
  }

  private static void tenantlessRequest(MicrosoftCloudSimulator simulator) {
    SimResponse anonymous =
        simulator.handle(new SimRequest("GET", "/graph/v1.0/groups", "", Map.of(), new byte[0]));
    assertEquals(401, anonymous.status(), "no tenant to count it for");
  }

  // ---- churn seen through delta

  @Test
  void churnAtARateAddsAndRemovesMembersAndDevicesAsTheClockMoves() {
    HandClock clock = new HandClock(Instant.parse("2026-03-01T08:00:00Z"));
    MicrosoftCloudSimulator simulator = simulator(SimulatorConfig.of(66, 3), clock);
    SimulatedTenant t =
        simulator.tenants().stream()
            .max(Comparator.comparingInt(SimulatedTenant::userCount))
            .orElseThrow();
    String token = token(simulator, t);
    String groupsLink =
        json(get(simulator, token, "/graph/v1.0/groups/delta?$deltaToken=latest&$select=members"))
            .get("@odata.deltaLink")
            .getAsString();
    String devicesLink =
        json(get(simulator, token, "/graph/v1.0/devices/delta?$deltaToken=latest"))
            .get("@odata.deltaLink")
            .getAsString();
    simulator.churn(t, new ChurnRate(120, 10));

    clock.advance(Duration.ofMinutes(30));

    int added = 0;
    int removed = 0;
    for (JsonObject page : round(simulator, token, groupsLink)) {
      for (JsonElement e : page.getAsJsonArray("value")) {
        JsonObject group = e.getAsJsonObject();
        if (!group.has("members@delta")) {
          continue;
        }
        for (JsonElement m : group.getAsJsonArray("members@delta")) {
          if (m.getAsJsonObject().has("@removed")) {
            removed++;
          } else {
            added++;
          }
        }
      }
    }
    assertTrue(added > 0 && removed > 0, "added " + added + ", removed " + removed);
    assertTrue(added + removed <= 60, "half an hour at 120 an hour: " + (added + removed));
    int enrolled = 0;
    int retired = 0;
    for (JsonObject page : round(simulator, token, devicesLink)) {
      for (JsonElement e : page.getAsJsonArray("value")) {
        if (e.getAsJsonObject().has("@removed")) {
          retired++;
        } else {
          enrolled++;
        }
      }
    }
    assertEquals(5, enrolled + retired, "half an hour at 10 an hour");
    assertTrue(enrolled > 0 && retired > 0, "enrolled " + enrolled + ", retired " + retired);

    simulator.churn(t, ChurnRate.NONE);
    clock.advance(Duration.ofHours(5));
    MembershipChurn.Changes burst = simulator.churnNow(t, 7, 0);
    assertEquals(7, burst.total());
  }

  @Test
  void aMemberRemovedThroughTheJavaApiIsARemovedMemberInGroupsDelta() {
    MicrosoftCloudSimulator simulator = simulator(SimulatorConfig.of(67, 1));
    SimulatedTenant t = simulator.tenant(0);
    String token = token(simulator, t);
    String link =
        json(get(simulator, token, "/graph/v1.0/groups/delta?$deltaToken=latest&$select=members"))
            .get("@odata.deltaLink")
            .getAsString();
    TenantDirectory dir = simulator.directory(t);
    int enroll = 1;
    int member = dir.members(enroll).get(0);
    dir.removeMember(dir.group(enroll).orElseThrow().id(), dir.user(member).id());
    JsonObject page = round(simulator, token, link).get(0);
    JsonObject group = page.getAsJsonArray("value").get(0).getAsJsonObject();
    assertEquals(dir.group(enroll).orElseThrow().id(), group.get("id").getAsString());
    JsonObject gone = group.getAsJsonArray("members@delta").get(0).getAsJsonObject();
    assertEquals(dir.user(member).id(), gone.get("id").getAsString());
    assertEquals("deleted", gone.getAsJsonObject("@removed").get("reason").getAsString());
  }

  /** Every page of one delta round, from a link to its deltaLink. */
  private static List<JsonObject> round(
      MicrosoftCloudSimulator simulator, String token, String link) {
    List<JsonObject> pages = new ArrayList<>();
    String next = link;
    while (next != null) {
      SimResponse response = follow(simulator, token, next);
      assertEquals(200, response.status(), response.bodyText());
      JsonObject page = json(response);
      pages.add(page);
      next = page.has("@odata.nextLink") ? page.get("@odata.nextLink").getAsString() : null;
      if (next == null) {
        assertTrue(page.has("@odata.deltaLink"), "a round ends with a deltaLink");
      } else {
        assertFalse(page.has("@odata.deltaLink"), "only the last page has a deltaLink");
      }
    }
    return pages;
  }

  // ---- multi-page deltas and their invalidation

  @Test
  void aLargeTenantsFirstRoundsArePagedByNextLinksAndEndWithADeltaLink() {
    MicrosoftCloudSimulator simulator = simulator(SimulatorConfig.of(68, 40).withDeltaPageSize(5));
    SimulatedTenant big =
        simulator.tenants().stream()
            .max(Comparator.comparingInt(SimulatedTenant::deviceCount))
            .orElseThrow();
    TenantDirectory dir = simulator.directory(big);
    assertTrue(dir.groupIndices().size() > 5, "groups: " + dir.groupIndices().size());
    assertTrue(big.deviceCount() > 200, "devices: " + big.deviceCount());
    String token = token(simulator, big);

    List<JsonObject> groupPages =
        round(
            simulator, token, "https://graph.microsoft.com/v1.0/groups/delta?$select=displayName");
    Set<String> groups = new HashSet<>();
    for (JsonObject page : groupPages) {
      JsonArray value = page.getAsJsonArray("value");
      assertTrue(value.size() <= 5, "a page holds at most the page size");
      value.forEach(g -> groups.add(g.getAsJsonObject().get("id").getAsString()));
    }
    assertTrue(groupPages.size() >= 2, "pages: " + groupPages.size());
    assertEquals(dir.groupIndices().size(), groups.size());

    List<JsonObject> devicePages =
        round(simulator, token, "https://graph.microsoft.com/v1.0/devices/delta");
    int devices = 0;
    for (JsonObject page : devicePages) {
      devices += page.getAsJsonArray("value").size();
    }
    assertTrue(devicePages.size() >= 2, "pages: " + devicePages.size());
    assertEquals(big.deviceCount(), devices);
  }

  @Test
  void invalidatedDeltaTokensAnswer410WithSyncStateNotFoundOrResyncRequired() {
    MicrosoftCloudSimulator simulator = simulator(SimulatorConfig.of(69, 1).withDeltaPageSize(2));
    SimulatedTenant t = simulator.tenant(0);
    String token = token(simulator, t);
    JsonObject first = json(get(simulator, token, "/graph/v1.0/groups/delta"));
    String nextLink = first.get("@odata.nextLink").getAsString();
    String deltaLink =
        json(get(simulator, token, "/graph/v1.0/groups/delta?$deltaToken=latest"))
            .get("@odata.deltaLink")
            .getAsString();
    String devicesLink =
        json(get(simulator, token, "/graph/v1.0/devices/delta?$deltaToken=latest"))
            .get("@odata.deltaLink")
            .getAsString();

    t.expireDeltaTokens();
    SimResponse expired = follow(simulator, token, deltaLink);
    assertEquals(410, expired.status());
    assertEquals(
        "syncStateNotFound", json(expired).getAsJsonObject("error").get("code").getAsString());
    assertEquals(
        "https://graph.microsoft.com/v1.0/groups/delta", expired.headers().get("Location"));
    assertEquals(410, follow(simulator, token, nextLink).status(), "a round under way too");

    String fresh =
        json(get(simulator, token, "/graph/v1.0/devices/delta?$deltaToken=latest"))
            .get("@odata.deltaLink")
            .getAsString();
    t.requireResync();
    for (String link : List.of(devicesLink, fresh)) {
      SimResponse reset = follow(simulator, token, link);
      assertEquals(410, reset.status());
      assertEquals(
          "resyncRequired", json(reset).getAsJsonObject("error").get("code").getAsString());
      assertEquals(
          "https://graph.microsoft.com/v1.0/devices/delta", reset.headers().get("Location"));
    }
  }

  // ---- installs on the injected clock

  @Test
  void installStatesMoveFromPendingToInstalledOrFailedAsTheInjectedClockMoves() {
    HandClock clock = new HandClock(Instant.parse("2026-03-01T08:00:00Z"));
    MicrosoftCloudSimulator simulator =
        simulator(SimulatorConfig.of(70, 2).withInstallFailureShare(0.5), clock);
    SimulatedTenant t = simulator.tenant(1);
    String token = token(simulator, t);
    String app =
        "{\"@odata.type\":\"#microsoft.graph.iosStoreApp\",\"displayName\":\"Shield\","
            + "\"publisher\":\"Contoso\",\"bundleId\":\"com.contoso.shield\","
            + "\"appStoreUrl\":\"https://apps.apple.com/app/id1\","
            + "\"applicableDeviceType\":{\"iPad\":true,\"iPhoneAndIPod\":true},"
            + "\"minimumSupportedOperatingSystem\":{\"v15_0\":true}}";
    SimResponse created =
        call(simulator, token, "POST", "/graph/v1.0/deviceAppManagement/mobileApps", app);
    assertEquals(201, created.status(), created.bodyText());
    String appId = json(created).get("id").getAsString();
    String everyone = simulator.directory(t).group(0).orElseThrow().id();
    SimResponse assigned =
        call(
            simulator,
            token,
            "POST",
            "/graph/v1.0/deviceAppManagement/mobileApps/" + appId + "/assign",
            "{\"mobileAppAssignments\":[{\"intent\":\"required\",\"target\":{\"@odata.type\":"
                + "\"#microsoft.graph.groupAssignmentTarget\",\"groupId\":\""
                + everyone
                + "\"}}]}");
    assertEquals(204, assigned.status(), assigned.bodyText());

    Map<String, Integer> atStart = installStates(simulator, token, appId);
    assertEquals(Set.of("pendingInstall"), atStart.keySet(), "nothing installs before 5 minutes");
    clock.advance(Duration.ofHours(12));
    Map<String, Integer> midway = installStates(simulator, token, appId);
    clock.advance(Duration.ofDays(3));
    Map<String, Integer> done = installStates(simulator, token, appId);
    int total = atStart.get("pendingInstall");
    assertTrue(midway.getOrDefault("pendingInstall", 0) < total, "coverage grows: " + midway);
    assertEquals(total, done.values().stream().mapToInt(Integer::intValue).sum());
    assertFalse(done.containsKey("pendingInstall"), "all settled after 48 hours: " + done);
    double failedShare = done.getOrDefault("failed", 0) / (double) total;
    assertTrue(failedShare > 0.3 && failedShare < 0.7, "about half fail: " + done);

    t.installFailureShare(0);
    assertEquals(Map.of("installed", total), installStates(simulator, token, appId));
  }

  private static Map<String, Integer> installStates(
      MicrosoftCloudSimulator simulator, String token, String appId) {
    SimResponse report =
        call(
            simulator,
            token,
            "POST",
            "/graph/beta/deviceManagement/reports/getDeviceInstallStatusReport",
            "{\"select\":[\"DeviceId\",\"AppInstallState\"],\"filter\":\"(ApplicationId eq '"
                + appId
                + "')\",\"skip\":0,\"top\":5000}");
    assertEquals(200, report.status(), report.bodyText());
    Map<String, Integer> states = new HashMap<>();
    for (JsonElement row : json(report).getAsJsonArray("Values")) {
      states.merge(row.getAsJsonArray().get(1).getAsString(), 1, Integer::sum);
    }
    assertFalse(states.isEmpty(), "the app targets devices");
    return states;
  }
}
