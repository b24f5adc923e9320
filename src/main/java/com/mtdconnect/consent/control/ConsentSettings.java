package com.mtdconnect.consent.control;

import com.mtdconnect.consent.entity.ConsentNotConfigured;
import com.mtdconnect.platform.control.EntraAppSettings;
import com.mtdconnect.platform.control.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the consent lifecycle: {@code portal.consent.link-lifetime} (P7D), {@code
 * portal.consent.state-lifetime} (PT30M, how long a customer may stay at Microsoft), {@code
 * portal.consent.verification-window} (PT3M, how long to wait for Microsoft's replication), {@code
 * portal.consent.drift-interval} (PT15M), {@code portal.msp.name} and {@code
 * portal.msp.contact-email} (shown to customers) and {@code entra.redirect-base-url}.
 */
@ApplicationScoped
public class ConsentSettings {

  @Inject PortalSettings portal;
  @Inject EntraAppSettings entraApp;

  @Inject
  @ConfigProperty(name = "portal.consent.link-lifetime", defaultValue = "P7D")
  String linkLifetime;

  @Inject
  @ConfigProperty(name = "portal.consent.state-lifetime", defaultValue = "PT30M")
  String stateLifetime;

  @Inject
  @ConfigProperty(name = "portal.consent.verification-window", defaultValue = "PT3M")
  String verificationWindow;

  @Inject
  @ConfigProperty(name = "portal.consent.drift-interval", defaultValue = "PT15M")
  String driftInterval;

  @Inject
  @ConfigProperty(name = "portal.msp.name", defaultValue = "Your managed service provider")
  String mspName;

  @Inject
  @ConfigProperty(name = "portal.msp.contact-email")
  Optional<String> mspContactEmail;

  @Inject
  @ConfigProperty(name = "entra.redirect-base-url")
  Optional<String> redirectBaseUrl;

  /** Refuses durations that are not positive ISO-8601 durations, naming the setting. */
  public void requireValid() {
    linkLifetime();
    stateLifetime();
    verificationWindow();
    driftInterval();
  }

  public Duration linkLifetime() {
    return positive(linkLifetime, "portal.consent.link-lifetime");
  }

  public Duration stateLifetime() {
    return positive(stateLifetime, "portal.consent.state-lifetime");
  }

  public Duration verificationWindow() {
    return positive(verificationWindow, "portal.consent.verification-window");
  }

  public Duration driftInterval() {
    return positive(driftInterval, "portal.consent.drift-interval");
  }

  public String mspName() {
    return mspName.isBlank() ? "Your managed service provider" : mspName;
  }

  public Optional<String> mspContactEmail() {
    return mspContactEmail.filter(v -> !v.isBlank());
  }

  /** The MSP's multi-tenant app, which the customer consents to. */
  public String clientId() {
    return entraApp
        .clientId()
        .orElseThrow(
            () ->
                new ConsentNotConfigured(
                    "The MSP application is not configured (entra.client-id is empty), so there is"
                        + " nothing a customer could consent to. Register the app as the README"
                        + " describes."));
  }

  /** Where Microsoft sends the customer back: registered on the MSP app as a redirect URI. */
  public String callbackUrl() {
    String base = redirectBaseUrl.filter(v -> !v.isBlank()).orElse(portal.baseUrl());
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/consent/callback";
  }

  /** The portal's public URL, for the links we hand out. */
  public String portalUrl() {
    return portal.baseUrl();
  }

  private static Duration positive(String value, String key) {
    try {
      Duration d = Duration.parse(value.trim());
      if (d.isNegative() || d.isZero()) {
        throw new IllegalStateException(key + " must be a positive ISO-8601 duration: " + value);
      }
      return d;
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalStateException(key + " is not an ISO-8601 duration (e.g. P7D): " + value, e);
    }
  }
}
