package com.mtdconnect.simulator.boundary;

import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.EntraAppSettings;
import com.mtdconnect.platform.control.StaffSignInSettings;
import com.mtdconnect.simulator.control.presenter.DemoScenario;
import com.mtdconnect.simulator.entity.AppLimits;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the server's one simulator, created on first use from configuration: {@code simulator.seed}
 * (default 42) and {@code simulator.tenants} (default 25), {@code
 * simulator.app-requests-per-second} (the app's Graph requests across all tenants, default 2,000)
 * and {@code simulator.token-requests-per-minute} (per tenant, default 60); the MSP app the
 * simulated Entra ID knows, read from the same keys as the gateway, {@code entra.client-id} /
 * {@code entra.client-secret} (the demo configuration sets both; the simulated app registration
 * holds no certificate); {@code simulator.redirect-uris} (comma-separated admin-consent redirect
 * URIs; unset: any http(s) URI). The MSP's own Entra tenant of {@link StaffSignInSettings} signs
 * staff in (OpenID Connect at Entra's paths) with the portal as its client and the accounts of
 * {@link DemoScenario#staff()}. The first tenants get the demo states of {@link DemoScenario}. The
 * simulated clock runs on the portal's {@link Clock}.
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

  /** Graph requests per second the app may send across all tenants (Microsoft: 2,000). */
  @Inject
  @ConfigProperty(name = "simulator.app-requests-per-second", defaultValue = "2000")
  int appRequestsPerSecond;

  /** Token requests per minute the app may send to one tenant's token endpoint. */
  @Inject
  @ConfigProperty(name = "simulator.token-requests-per-minute", defaultValue = "60")
  int tokenRequestsPerMinute;

  @Inject
  @ConfigProperty(name = "simulator.redirect-uris")
  Optional<String> redirectUris;

  @Inject StaffSignInSettings staffSignIn;

  /** The portal's clock: tests that move it move the simulated cloud's time with it. */
  @Inject Clock clock;

  private MicrosoftCloudSimulator simulator;

  /** The simulator, generated on first call. */
  public synchronized MicrosoftCloudSimulator simulator() {
    if (simulator == null) {
      long started = System.nanoTime();
      List<String> redirects =
          redirectUris.stream()
              .flatMap(v -> java.util.Arrays.stream(v.split(",")))
              .map(String::trim)
              .filter(v -> !v.isEmpty())
              .toList();
      MicrosoftCloudSimulator created =
          demoCloud(
              seed,
              tenantCount,
              AppLimits.microsoftPublished()
                  .withRequests(appRequestsPerSecond, Duration.ofSeconds(1))
                  .withTokenRequests(
                      tokenRequestsPerMinute,
                      Duration.ofMinutes(1),
                      AppLimits.microsoftPublished().tokenRetryAfter()),
              entraApp.clientId().orElseThrow(() -> missing("entra.client-id")),
              entraApp.clientSecret().orElseThrow(() -> missing("entra.client-secret")),
              redirects,
              clock);
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

  /**
   * The demo's simulated cloud: {@code tenantCount} tenants from {@code seed} with the demo's
   * customers in their states, the MSP app registered with its secret. A test that hosts the
   * simulated cloud outside the portal builds the same one.
   */
  public static MicrosoftCloudSimulator demoCloud(
      long seed,
      int tenantCount,
      AppLimits limits,
      String clientId,
      String clientSecret,
      List<String> redirectUris,
      Clock clock) {
    MicrosoftCloudSimulator created =
        MicrosoftCloudSimulator.create(
            SimulatorConfig.of(seed, tenantCount)
                .withCustomerNames(DemoScenario.CUSTOMERS)
                .withAppLimits(limits),
            clock);
    created.registerApplication(
        new AppRegistration(
            clientId,
            "MTD Connect",
            Optional.of(clientSecret),
            List.of(),
            redirectUris,
            java.util.Set.of(com.mtdconnect.simulator.entity.GraphAppRole.portalSet())));
    DemoScenario.apply(created.tenants(), created.clock());
    return created;
  }

  private static IllegalStateException missing(String key) {
    return new IllegalStateException(
        "The simulator needs " + key + " (the demo configuration sets it): " + key + " is empty");
  }
}
