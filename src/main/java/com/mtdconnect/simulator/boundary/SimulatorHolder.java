package com.mtdconnect.simulator.boundary;

import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.EntraAppSettings;
import com.mtdconnect.platform.control.StaffSignInSettings;
import com.mtdconnect.simulator.control.DemoScenario;
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
 * entra.client-secret} (unset: {@link #DEMO_CLIENT_ID} / {@link #DEMO_CLIENT_SECRET}; in demo mode
 * use a secret, the simulated app registration holds no certificate); {@code
 * simulator.redirect-uris} (comma-separated admin-consent redirect URIs; unset: any http(s) URI).
 * Staff sign-in (OpenID Connect, discovery at {@code
 * /simulator/oidc/.well-known/openid-configuration}) knows the portal as the client of {@link
 * StaffSignInSettings} and the accounts of {@link DemoScenario#staff()}. The first tenants get the
 * demo states of {@link DemoScenario}.
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

  /** The MSP app's client id in demo mode when {@code entra.client-id} is not set. */
  public static final String DEMO_CLIENT_ID = "6f1b7c5e-0d1a-4c36-9a57-5d3e1f0a7b21";

  /** The MSP app's secret in demo mode when {@code entra.client-secret} is not set. */
  public static final String DEMO_CLIENT_SECRET = "demo-only-secret";

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
              entraApp.clientId().orElse(DEMO_CLIENT_ID),
              "MTD Connect",
              Optional.of(entraApp.clientSecret().orElse(DEMO_CLIENT_SECRET)),
              List.of(),
              redirects,
              java.util.Set.of(com.mtdconnect.simulator.entity.GraphAppRole.portalSet())));
      DemoScenario.apply(created.tenants(), created.clock());
      created.enableStaffSignIn(
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
}
