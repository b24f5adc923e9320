package com.mtdconnect.platform.control;

import com.mtdconnect.platform.entity.PortalMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal-wide settings every component may read: the mode and the public base URL. */
@ApplicationScoped
public class PortalSettings {

  @Inject
  @ConfigProperty(name = "portal.mode", defaultValue = "production")
  String mode;

  @Inject
  @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  public PortalMode mode() {
    return PortalMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
  }

  public boolean isDemo() {
    return mode().isDemo();
  }

  /** The externally visible URL of the portal, without a trailing slash. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
