package com.mtdconnect.simulator.boundary;

import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.EntraAppSettings;
import com.mtdconnect.platform.control.StaffSignInSettings;
import com.mtdconnect.simulator.control.presenter.DemoScenario;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the server's one simulator, created on first use from configuration: {@code simulator.seed}
 * (default 42) and {@code simulator.tenants} (default 25); the MSP app the simulated Entra ID
 * knows, read from the same keys as the gateway, {@code entra.client-id} / {@code
 * entra.client-secret} (the demo configuration sets both; the simulated app registration holds no
 * certificate); {@code simulator.redirect-uris} (comma-separated admin-consent redirect URIs;
 * unset: any http(s) URI). The MSP's own Entra tenant of {@link StaffSignInSettings} signs staff in
 * (OpenID Connect at Entra's paths) with the portal as its client and the accounts of {@link
 * DemoScenario#staff()}. The first tenants get the demo states of {@link DemoScenario}.
 */
@Unguarded(
    because = "it holds the simulated Microsoft cloud of demo mode and tests, no portal use case")
@ApplicationScoped
public class SimulatorHolder {

  private static final Logger LOG = Logger.getLogger(SimulatorHolder.class.getName());

  @Inject
  @ConfigProperty(name = "simulator.seed", defaultValue = "42")
  long seed;

  @Inject
  @ConfigProperty(name = "simulator.tenants", defaultValue = "25")
  int tenantCount;

  @Inject EntraAppSettings entraApp;

  @Inject
  @ConfigProperty(name = "simulator.redirect-uris")
  Optional<String> redirectUris;

  @Inject StaffSignInSettings staffSignIn;

  private MicrosoftCloudSimulator simulator;

  /** The simulator, generated on first call. */
  public synchronized MicrosoftCloudSimulator simulator() {
    if (simulator == null) {
      long started = System.nanoTime();
      MicrosoftCloudSimulator created =
          MicrosoftCloudSimulator.create(
              SimulatorConfig.of(seed, tenantCount).withCustomerNames(DemoScenario.CUSTOMERS));
      List<String> redirects =
          redirectUris.stream()
              .flatMap(v -> java.util.Arrays.stream(v.split(",")))
              .map(String::trim)
              .filter(v -> !v.isEmpty())
              .toList();
      created.registerApplication(
          new AppRegistration(
              entraApp.clientId().orElseThrow(() -> missing("entra.client-id")),
              "MTD Connect",
              Optional.of(
                  entraApp.clientSecret().orElseThrow(() -> missing("entra.client-secret"))),
              List.of(),
              redirects,
              java.util.Set.of(com.mtdconnect.simulator.entity.GraphAppRole.portalSet())));
      DemoScenario.apply(created.tenants(), created.clock());
      created.enableStaffSignIn(
          staffSignIn.tenantId().orElseThrow(() -> missing("staff-signin.tenant-id")),
          staffSignIn.getClientId(),
          staffSignIn.getClientSecret(),
          DemoScenario.staff(),
          DemoScenario.STAFF_GROUP_NAMES);
      simulator = created;
      LOG.info(
          () ->
              String.format(
                  "Microsoft cloud simulator ready: %d tenants (seed %d) in %d ms",
                  tenantCount, seed, (System.nanoTime() - started) / 1_000_000));
    }
    return simulator;
  }

  private static IllegalStateException missing(String key) {
    return new IllegalStateException(
        "The simulator needs " + key + " (the demo configuration sets it): " + key + " is empty");
  }
}
