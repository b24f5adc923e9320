package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal-wide settings every component may read: the public base URL. */
@ApplicationScoped
public class PortalSettings {

  @Inject
  @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  /** Settings with this base URL, for use outside the container (tests, tools). */
  public static PortalSettings of(String baseUrl) {
    PortalSettings settings = new PortalSettings();
    settings.baseUrl = baseUrl;
    return settings;
  }

  /** The externally visible URL of the portal, without a trailing slash. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
