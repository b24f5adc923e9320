package com.mtdconnect.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.entity.ChurnRate;
import com.mtdconnect.simulator.entity.ConsentState;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ControlPageTest {

  private static final String BASE = "http://localhost:8080/simulator";

  private final MicrosoftCloudSimulator simulator =
      MicrosoftCloudSimulator.create(SimulatorConfig.of(4, 60));

  private SimResponse get(String path) {
    return simulator.handle(
        new SimRequest(
            "GET", path, "", Map.of(MicrosoftCloudSimulator.PUBLIC_BASE_HEADER, BASE), null));
  }

  private SimResponse post(String path, String form, String origin) {
    return simulator.handle(
        new SimRequest(
            "POST",
            path,
            "",
            Map.of(MicrosoftCloudSimulator.PUBLIC_BASE_HEADER, BASE, "Origin", origin),
            form.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theListShowsTenantsAPageAtATime() {
    String html = get("/control").bodyText();
    assertTrue(html.contains(simulator.tenant(0).displayName()));
    assertTrue(html.contains("60 tenants"));
    assertTrue(html.contains("Next page"));
  }

  @Test
  void aPresenterSetsFaultsNarrowsConsentAndMovesTheClock() {
    SimulatedTenant t = simulator.tenant(3);
    String path = "/control/tenant/" + t.id();
    SimResponse faults =
        post(
            path,
            "action=faults&throttle=25&retryAfter=1.5&latencyMs=200&connectorBroken=on",
            "http://localhost:8080");
    assertEquals(303, faults.status());
    assertEquals(BASE + path, faults.headers().get("Location"));
    assertEquals(0.25, t.faults().throttleRate(), 1e-9);
    assertEquals(Duration.ofMillis(200), t.faults().addedLatency());
    assertTrue(t.faults().connectorBroken());
    post(path, "action=grant-selected&role-GROUP_MEMBER_READ_ALL=on", "http://localhost:8080");
    assertEquals(Set.of(GraphAppRole.GROUP_MEMBER_READ_ALL), t.grantedRoles());
    post(path, "action=revoke", "http://localhost:8080");
    assertEquals(ConsentState.REVOKED, t.consent());
    assertTrue(get(path).bodyText().contains("revoked"));
    Instant before = simulator.clock().now();
    post("/control/clock", "advance=P1D", "http://localhost:8080");
    assertTrue(Duration.between(before, simulator.clock().now()).toHours() >= 24);
  }

  @Test
  void aBadOrAbsurdClockStepIsRefusedWithAMessageAndTheClockStays() {
    Instant before = simulator.clock().now();
    for (String step : new String[] {"abc", "", "-PT1H", "PT0S", "P400D", "PT999999999H"}) {
      SimResponse response = post("/control/clock", "advance=" + step, "http://localhost:8080");
      assertEquals(400, response.status(), step);
      assertTrue(response.bodyText().contains("ISO-8601 duration"), step);
    }
    assertTrue(
        Duration.between(before, simulator.clock().now()).abs().compareTo(Duration.ofMinutes(1))
            < 0,
        "the clock did not move");
    assertEquals(303, post("/control/clock", "advance=P366D", "http://localhost:8080").status());
  }

  @Test
  void aPresenterChurnsMembershipsSetsInstallFailuresResetsDeltaAndSeesRequestCounts() {
    SimulatedTenant t = simulator.tenant(2);
    String path = "/control/tenant/" + t.id();
    String origin = "http://localhost:8080";
    var dir = simulator.directory(t);
    String group = dir.group(1).orElseThrow().id();
    int outsider = 0;
    while (dir.isMember(1, outsider)) {
      outsider++;
    }
    String user = dir.user(outsider).id();
    assertEquals(
        303, post(path, "action=add-member&group=" + group + "&user=" + user, origin).status());
    assertTrue(dir.isMember(1, outsider));
    post(path, "action=remove-member&group=" + group + "&user=" + user, origin);
    assertTrue(!dir.isMember(1, outsider));
    post(path, "action=churn-rate&membersPerHour=30&devicesPerHour=2", origin);
    assertEquals(new ChurnRate(30, 2), simulator.churnRate(t));
    long before = t.directory().version();
    post(path, "action=churn-now&memberChanges=12&deviceChanges=0", origin);
    assertEquals(before + 12, t.directory().version());
    post(path, "action=install-failures&installFailures=40", origin);
    assertEquals(0.4, t.installFailureShare(), 1e-9);
    post(path, "action=require-resync", origin);
    assertTrue(t.resyncRequired());
    post(path, "action=churn-rate&membersPerHour=-5&devicesPerHour=abc", origin);
    assertEquals(ChurnRate.NONE, simulator.churnRate(t), "bad input stops churn, never fails");

    String detail = get(path).bodyText();
    for (String control :
        new String[] {
          "Requests received",
          "Membership churn",
          "Add to the group",
          "Remove from the group",
          "App installs that fail (%)",
          "resyncRequired"
        }) {
      assertTrue(detail.contains(control), control);
    }
    String list = get("/control").bodyText();
    assertTrue(list.contains("Graph / batch steps / token"));
    assertTrue(list.contains("Reset request counts"));
    assertEquals(303, post("/control/requests/reset", "", origin).status());
  }

  @Test
  void crossOriginPostsAreRefused() {
    SimulatedTenant t = simulator.tenant(5);
    SimResponse response =
        post("/control/tenant/" + t.id(), "action=delete", "https://evil.example");
    assertEquals(403, response.status());
    assertTrue(!t.isDeleted());
  }
}
