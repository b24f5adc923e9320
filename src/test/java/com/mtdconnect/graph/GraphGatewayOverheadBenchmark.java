package com.mtdconnect.graph;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import com.mtdconnect.testsupport.SimulatorFixture;
import java.util.Map;

/**
 * Gateway overhead per call: the same Graph read answered by the simulator in-process (no HTTP)
 * versus through the gateway (MSAL cache, Graph SDK, middleware, pacing, loopback HTTP). Run with
 * {@code mvn -o -Pbench -Dbench.main=com.mtdconnect.graph.GraphGatewayOverheadBenchmark
 * -Dbench.tenants=2000} (the argument is the number of calls).
 */
public final class GraphGatewayOverheadBenchmark {

  private GraphGatewayOverheadBenchmark() {}

  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    try (SimulatorFixture fixture = new SimulatorFixture(SimulatorConfig.of(77, 20))) {
      SimulatedTenant tenant = fixture.simulator().tenant(1);
      TenantDirectory directory = fixture.simulator().directory(tenant);
      // budgets far above the call rate: this measures the stack, not our pacing
      GraphGateway gateway =
          fixture.gateway(
              fixture
                  .settings()
                  .withBudgets(
                      com.mtdconnect.graph.entity.BudgetSettings.uniform(
                          new com.mtdconnect.graph.entity.Budget(
                              1_000_000, java.time.Duration.ofSeconds(1)),
                          new com.mtdconnect.graph.entity.Budget(
                              1_000_000, java.time.Duration.ofSeconds(1)),
                          java.time.Duration.ofSeconds(5))));
      String token = null;
      for (int i = 0; i < 200; i++) {
        gateway.ownedDevices(tenant.id(), directory.user(i % tenant.userCount()).id());
      }
      long started = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        gateway.ownedDevices(tenant.id(), directory.user(i % tenant.userCount()).id());
      }
      double gatewayMicros = (System.nanoTime() - started) / 1000.0 / calls;

      String form =
          "client_id="
              + SimulatorFixture.CLIENT_ID
              + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&grant_type=client_credentials"
              + "&client_secret="
              + SimulatorFixture.SECRET;
      String body =
          fixture
              .simulator()
              .handle(
                  new SimRequest(
                      "POST",
                      "/login/" + tenant.id() + "/oauth2/v2.0/token",
                      "",
                      Map.of(),
                      form.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
              .bodyText();
      token =
          com.google.gson.JsonParser.parseString(body)
              .getAsJsonObject()
              .get("access_token")
              .getAsString();
      for (int i = 0; i < 200; i++) {
        direct(fixture, token, directory.user(i % tenant.userCount()).id());
      }
      started = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        direct(fixture, token, directory.user(i % tenant.userCount()).id());
      }
      double directMicros = (System.nanoTime() - started) / 1000.0 / calls;
      System.out.printf(
          "calls:                          %,d (GET /users/{id}/ownedDevices)%n", calls);
      System.out.printf("simulator in-process per call:  %,.0f µs%n", directMicros);
      System.out.printf("through the gateway per call:   %,.0f µs%n", gatewayMicros);
      System.out.printf(
          "gateway overhead per call:      %,.0f µs (MSAL cache + Graph SDK + middleware + loopback HTTP)%n",
          gatewayMicros - directMicros);
      System.out.printf(
          "token requests at the simulator: %d (1 by the gateway, 1 for the direct calls)%n",
          tenant.tokenRequests());
    }
  }

  private static void direct(SimulatorFixture fixture, String token, String userId) {
    fixture
        .simulator()
        .handle(
            new SimRequest(
                "GET",
                "/graph/v1.0/users/" + userId + "/ownedDevices",
                "",
                Map.of("Authorization", "Bearer " + token),
                new byte[0]));
  }
}
