package com.mtdconnect.testsupport;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.BudgetSettings;
import com.mtdconnect.graph.entity.GraphCredential;
import com.mtdconnect.graph.entity.GraphSettings;
import com.mtdconnect.simulator.boundary.LoopbackSimulatorServer;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorEndpoints;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simulator on a loopback port with the MSP app registered (secret and certificate), and gateways
 * pointed at it through the production code path plus the transport reroute.
 */
public final class SimulatorFixture implements AutoCloseable {

  public static final String CLIENT_ID = "3c9a1f5e-7b2d-4e8a-9f10-2b4c6d8e0a11";
  public static final String SECRET = "test-secret-value";

  private static TestCertificates.KeyAndCertificate appCertificate;

  private final MicrosoftCloudSimulator simulator;
  private final LoopbackSimulatorServer server;
  private final List<GraphGateway> gateways = new ArrayList<>();

  public SimulatorFixture(SimulatorConfig config) {
    this.simulator = MicrosoftCloudSimulator.create(config);
    simulator.registerApplication(
        new AppRegistration(
            CLIENT_ID,
            "MTD Connect (test)",
            Optional.of(SECRET),
            List.of(appCertificate().certificate())));
    try {
      this.server = LoopbackSimulatorServer.start(simulator, 8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized TestCertificates.KeyAndCertificate appCertificate() {
    if (appCertificate == null) {
      appCertificate = TestCertificates.create("MTD Connect test app");
    }
    return appCertificate;
  }

  public MicrosoftCloudSimulator simulator() {
    return simulator;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  /** Settings with the app certificate, rerouted to this simulator, generous budgets. */
  public GraphSettings settings() {
    return GraphSettings.production(
            CLIENT_ID,
            GraphCredential.certificate(appCertificate().key(), appCertificate().certificate()))
        .reachedThrough(new SimulatorEndpoints(URI.create(server.baseUrl())))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20))
        .withBudgets(BudgetSettings.belowMicrosoftLimits());
  }

  public GraphGateway gateway(GraphSettings settings) {
    GraphGateway gateway = new GraphGateway(settings);
    gateways.add(gateway);
    return gateway;
  }

  public GraphGateway gateway() {
    return gateway(settings());
  }

  @Override
  public void close() {
    gateways.forEach(GraphGateway::close);
    server.close();
  }
}
