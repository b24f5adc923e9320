package com.mtdconnect.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code portal.provisioning.mtd-partner-id}: the id under which Intune knows our MTD connector
 * (shared with provisioning, which creates it). A connector with any other id belongs to another
 * vendor.
 */
@ApplicationScoped
public class OnboardingSettings {

  @Inject
  @ConfigProperty(name = "portal.provisioning.mtd-partner-id")
  Optional<String> mtdPartnerId;

  public Optional<String> mtdPartnerId() {
    return mtdPartnerId.map(String::trim).filter(s -> !s.isEmpty());
  }
}
