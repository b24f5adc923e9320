package com.mtdconnect.graph.boundary;

import com.mtdconnect.graph.entity.GraphCredential;
import com.mtdconnect.graph.entity.GraphNotConfigured;
import com.mtdconnect.graph.entity.GraphSettings;
import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.EntraAppSettings;
import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the server's one {@link GraphGateway} from configuration: {@code entra.client-id};
 * {@code entra.certificate-path} + {@code entra.certificate-password} (PKCS#12, preferred) or
 * {@code entra.client-secret}; {@code entra.home-tenant} (default {@code organizations}). In demo
 * mode the transport goes to the in-server simulator at {@code {portal.base-url}/simulator}, and
 * unset credentials default to the simulator's demo app registration.
 */
@Unguarded(because = "it produces the gateway bean; the use cases calling the gateway are guarded")
@ApplicationScoped
public class GraphGatewayProducer {

  @Inject PortalSettings portal;

  @Inject EntraAppSettings entraApp;

  @Inject
  @ConfigProperty(name = "entra.certificate-path")
  Optional<String> certificatePath;

  @Inject
  @ConfigProperty(name = "entra.certificate-password")
  Optional<String> certificatePassword;

  @Inject
  @ConfigProperty(name = "entra.home-tenant", defaultValue = "organizations")
  String homeTenant;

  @Resource ManagedExecutorService executor;

  @Produces
  @ApplicationScoped
  GraphGateway gateway() {
    GraphSettings base = GraphSettings.production(clientId(), credential());
    GraphSettings settings =
        new GraphSettings(
            base.clientId(),
            base.credential(),
            homeTenant,
            base.simulator(),
            base.connectTimeout(),
            base.readTimeout(),
            base.maxRetries(),
            base.maxRetryWait(),
            base.budgets());
    if (portal.isDemo()) {
      settings = settings.reroutedTo(URI.create(portal.baseUrl() + "/simulator"));
    }
    return new GraphGateway(settings, Optional.ofNullable(executor));
  }

  void close(@Disposes GraphGateway gateway) {
    gateway.close();
  }

  private String clientId() {
    Optional<String> configured = entraApp.clientId();
    if (configured.isPresent()) {
      return configured.get();
    }
    if (portal.isDemo()) {
      return SimulatorHolder.DEMO_CLIENT_ID;
    }
    throw new GraphNotConfigured(
        "The MSP application is not configured (entra.client-id is empty): register the app in"
            + " Entra ID and set its client id and certificate, as the README describes.");
  }

  private GraphCredential credential() {
    Optional<String> path = certificatePath.filter(v -> !v.isBlank());
    if (path.isEmpty()) {
      Optional<String> secret = entraApp.clientSecret();
      if (secret.isEmpty() && portal.isDemo()) {
        return GraphCredential.secret(SimulatorHolder.DEMO_CLIENT_SECRET);
      }
      return GraphCredential.secret(
          secret.orElseThrow(
              () ->
                  new GraphNotConfigured(
                      "The MSP application has no credential: set entra.certificate-path (or, as"
                          + " a fallback, entra.client-secret), as the README describes.")));
    }
    char[] password = certificatePassword.orElse("").toCharArray();
    try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(path.get()))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String alias = store.aliases().nextElement();
      return GraphCredential.certificate(
          (PrivateKey) store.getKey(alias, password),
          (X509Certificate) store.getCertificate(alias));
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new GraphNotConfigured(
          "The MSP application's certificate at "
              + path.get()
              + " cannot be read (missing file or wrong entra.certificate-password).");
    }
  }
}
