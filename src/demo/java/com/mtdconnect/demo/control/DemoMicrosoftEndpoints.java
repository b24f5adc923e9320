package com.mtdconnect.demo.control;

import com.mtdconnect.platform.control.MicrosoftEndpoints;
import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.simulator.boundary.SimulatorEndpoints;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's {@link MicrosoftEndpoints}: Microsoft is reached at the simulator this server hosts
 * under {@code {portal.base-url}/simulator}, by the gateway (MSAL, Graph SDK), the customer's
 * consent redirect and staff sign-in alike. Replaces the product's published endpoints wherever the
 * demo layer is deployed.
 *
 * <p>{@code simulator.url} (demo only, unset by default) names another simulator to reach instead,
 * e.g. one that several demo nodes of a cluster share ({@code PayaraClusterIT}): one simulated
 * Microsoft cloud, as in production, where every node reaches the same Microsoft.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class DemoMicrosoftEndpoints implements MicrosoftEndpoints {

  @Inject PortalSettings portal;

  @Inject
  @ConfigProperty(name = "simulator.url")
  Optional<String> sharedSimulator;

  private SimulatorEndpoints simulator;

  @PostConstruct
  void locateTheSimulator() {
    simulator =
        new SimulatorEndpoints(
            URI.create(
                sharedSimulator
                    .filter(url -> !url.isBlank())
                    .orElse(portal.baseUrl() + "/simulator")));
  }

  @Override
  public String resolve(String microsoftUrl) {
    return simulator.resolve(microsoftUrl);
  }
}
