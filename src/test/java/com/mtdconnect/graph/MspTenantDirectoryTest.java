package com.mtdconnect.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.boundary.MspTenantDirectory;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.DirectoryUser;
import com.mtdconnect.graph.entity.GraphCredential;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphNotConfigured;
import com.mtdconnect.graph.entity.GraphSettings;
import com.mtdconnect.simulator.boundary.LoopbackSimulatorServer;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorEndpoints;
import com.mtdconnect.simulator.control.presenter.DemoScenario;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MSP's own directory read as the staff sign-in app (client credentials in the MSP's tenant)
 * through MSAL, the Graph SDK and the gateway's pacing, against the simulator's MSP tenant.
 */
class MspTenantDirectoryTest {

  private static final String MSP_TENANT = "4d5f0a3e-6b1c-4c8e-9a57-00000000e5a1";

  private static MicrosoftCloudSimulator simulator;
  private static LoopbackSimulatorServer server;
  private static ExecutorService executor;

  @BeforeAll
  static void start() throws Exception {
    simulator = MicrosoftCloudSimulator.create(SimulatorConfig.of(1, 1));
    simulator.enableStaffSignIn(
        MSP_TENANT, "portal", "secret", DemoScenario.staff(), DemoScenario.STAFF_GROUP_NAMES);
    server = LoopbackSimulatorServer.start(simulator, 4);
    executor = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    server.close();
    executor.shutdownNow();
  }

  private static MspTenantDirectory directory(String secret) {
    GraphSettings base = GraphSettings.production("portal", GraphCredential.secret(secret));
    GraphSettings settings =
        new GraphSettings(
                base.clientId(),
                base.credential(),
                MSP_TENANT,
                base.endpoints(),
                base.connectTimeout(),
                base.readTimeout(),
                1,
                Duration.ofSeconds(5),
                base.budgets())
            .reachedThrough(new SimulatorEndpoints(URI.create(server.baseUrl())))
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    return new MspTenantDirectory(settings, MSP_TENANT, executor);
  }

  @Test
  void findsStaffAndGroupsByNameAndTellsWhoIsNotThere() {
    MspTenantDirectory directory = directory("secret");

    List<DirectoryUser> olivia = directory.searchUsers("oliv", 10);
    assertEquals(
        List.of("Olivia Operator"), olivia.stream().map(DirectoryUser::displayName).toList());
    assertEquals("operator", olivia.get(0).userPrincipalName(), "the name her token carries");
    assertEquals(
        List.of("Rene Roles"),
        directory.searchUsers("rbacad", 10).stream().map(DirectoryUser::displayName).toList(),
        "the sign-in name is searched too");

    List<DirectoryGroup> helpDesk = directory.searchGroups("help", 10);
    assertEquals(
        List.of("MSP Help Desk EMEA"), helpDesk.stream().map(DirectoryGroup::displayName).toList());
    assertEquals(DemoScenario.HELP_DESK_EMEA_GROUP, helpDesk.get(0).id());

    assertEquals("Priya Policy", directory.findUser("policy").orElseThrow().displayName());
    assertTrue(directory.findUser("nobody-here").isEmpty(), "Graph's 404 is 'not there'");
    assertEquals(
        "MSP Portal Administrators",
        directory.findGroup(DemoScenario.PORTAL_ADMINS_GROUP).orElseThrow().displayName());
    assertTrue(directory.findGroup("00000000-0000-0000-0000-000000000000").isEmpty());
  }

  @Test
  void failuresComeBackAsGraphFailures() {
    assertThrows(GraphFailure.class, () -> directory("wrong secret").searchUsers("oliv", 10));
    GraphNotConfigured missing =
        assertThrows(
            GraphNotConfigured.class,
            () -> MspTenantDirectory.notConfigured("staff-signin.client-id").searchUsers("x", 1));
    assertTrue(missing.getMessage().contains("staff-signin.client-id"), missing.getMessage());
  }
}
