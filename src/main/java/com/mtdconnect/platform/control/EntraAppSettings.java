package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The MSP's multi-tenant Entra application as configured ({@code entra.client-id}, {@code
 * entra.client-secret}); blank values count as not set. The Graph gateway signs in with it, and in
 * the demo artifact the simulator registers the same application so the two agree.
 */
@ApplicationScoped
public class EntraAppSettings {

  @Inject
  @ConfigProperty(name = "entra.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "entra.client-secret")
  Optional<String> clientSecret;

  /** Settings with these values, for use outside the container (tests, tools). */
  public static EntraAppSettings of(Optional<String> clientId, Optional<String> clientSecret) {
    EntraAppSettings settings = new EntraAppSettings();
    settings.clientId = clientId;
    settings.clientSecret = clientSecret;
    return settings;
  }

  public Optional<String> clientId() {
    return clientId.filter(v -> !v.isBlank());
  }

  public Optional<String> clientSecret() {
    return clientSecret.filter(v -> !v.isBlank());
  }
}
