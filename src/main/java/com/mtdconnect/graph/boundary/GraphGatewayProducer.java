package com.mtdconnect.graph.boundary;

import com.mtdconnect.graph.entity.GraphCredential;
import com.mtdconnect.graph.entity.GraphSettings;
import com.mtdconnect.platform.control.PortalSettings;
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
 * Produces the server's one {@link GraphGateway} from configuration: {@code graph.client-id};
 * {@code graph.certificate.path} + {@code graph.certificate.password} (PKCS#12, preferred) or
 * {@code graph.client-secret}; {@code graph.home-tenant} (default {@code organizations}). In demo
 * mode the transport goes to the in-server simulator at {@code {portal.base-url}/simulator}.
 */
@ApplicationScoped
public class GraphGatewayProducer {

  @Inject PortalSettings portal;

  @Inject
  @ConfigProperty(name = "graph.client-id", defaultValue = "6f1b7c5e-0d1a-4c36-9a57-5d3e1f0a7b21")
  String clientId;

  @Inject
  @ConfigProperty(name = "graph.client-secret", defaultValue = "demo-only-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "graph.certificate.path")
  Optional<String> certificatePath;

  @Inject
  @ConfigProperty(name = "graph.certificate.password")
  Optional<String> certificatePassword;

  @Inject
  @ConfigProperty(name = "graph.home-tenant", defaultValue = "organizations")
  String homeTenant;

  @Resource ManagedExecutorService executor;

  @Produces
  @ApplicationScoped
  GraphGateway gateway() {
    GraphSettings base = GraphSettings.production(clientId, credential());
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

  private GraphCredential credential() {
    if (certificatePath.isEmpty()) {
      return GraphCredential.secret(clientSecret);
    }
    char[] password = certificatePassword.orElse("").toCharArray();
    try (var in =
        java.nio.file.Files.newInputStream(java.nio.file.Path.of(certificatePath.get()))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String alias = store.aliases().nextElement();
      return GraphCredential.certificate(
          (PrivateKey) store.getKey(alias, password),
          (X509Certificate) store.getCertificate(alias));
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot read the Graph certificate " + certificatePath.get(), e);
    }
  }
}
