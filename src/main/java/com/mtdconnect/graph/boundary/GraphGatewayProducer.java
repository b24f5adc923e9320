package com.mtdconnect.graph.boundary;

import com.mtdconnect.graph.entity.GraphCredential;
import com.mtdconnect.graph.entity.GraphNotConfigured;
import com.mtdconnect.graph.entity.GraphSettings;
import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.platform.control.EntraAppSettings;
import com.mtdconnect.platform.control.MicrosoftEndpoints;
import com.mtdconnect.platform.control.StaffSignInSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the server's one {@link GraphGateway} from configuration: {@code entra.client-id};
 * {@code entra.certificate-path} + {@code entra.certificate-password} (PKCS#12, preferred) or
 * {@code entra.client-secret}; {@code entra.home-tenant} (default {@code organizations}). Microsoft
 * is reached where {@link MicrosoftEndpoints} says: at its published endpoints in the product.
 */
@Unguarded(because = "it produces the gateway bean; the use cases calling the gateway are guarded")
@ApplicationScoped
public class GraphGatewayProducer {

  @Inject MicrosoftEndpoints endpoints;

  @Inject EntraAppSettings entraApp;

  @Inject StaffSignInSettings staffSignIn;

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
            endpoints,
            base.connectTimeout(),
            base.readTimeout(),
            base.maxRetries(),
            base.maxRetryWait(),
            base.budgets());
    return new GraphGateway(settings, Optional.ofNullable(executor));
  }

  /**
   * The MSP's own Entra tenant, read with the staff sign-in app registration ({@code
   * staff-signin.tenant-id}, {@code staff-signin.client-id}, {@code staff-signin.client-secret}),
   * reached where {@link MicrosoftEndpoints} says; without them a directory that says so on use.
   */
  @Produces
  @ApplicationScoped
  MspTenantDirectory mspTenantDirectory() {
    Optional<String> missing = staffSignIn.missing();
    if (missing.isPresent()) {
      return MspTenantDirectory.notConfigured(missing.get());
    }
    String tenant = staffSignIn.tenantId().orElseThrow();
    GraphSettings base =
        GraphSettings.production(
            staffSignIn.getClientId(), GraphCredential.secret(staffSignIn.getClientSecret()));
    GraphSettings settings =
        new GraphSettings(
            base.clientId(),
            base.credential(),
            tenant,
            endpoints,
            base.connectTimeout(),
            Duration.ofSeconds(15),
            1,
            Duration.ofSeconds(5),
            base.budgets());
    return new MspTenantDirectory(
        settings, tenant, executor == null ? ForkJoinPool.commonPool() : executor);
  }

  void close(@Disposes GraphGateway gateway) {
    gateway.close();
  }

  private String clientId() {
    return entraApp
        .clientId()
        .orElseThrow(
            () ->
                new GraphNotConfigured(
                    "The MSP application is not configured (entra.client-id is empty): register"
                        + " the app in Entra ID and set its client id and certificate, as the"
                        + " README describes."));
  }

  private GraphCredential credential() {
    Optional<String> path = certificatePath.filter(v -> !v.isBlank());
    if (path.isEmpty()) {
      return GraphCredential.secret(
          entraApp
              .clientSecret()
              .orElseThrow(
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
