package com.mtdconnect.provisioning.control;

import com.mtdconnect.provisioning.entity.ProvisioningRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of provisioning: {@code portal.provisioning.mtd-partner-id}, the id of the MSP's Mobile
 * Threat Defense connector in Intune (Microsoft assigns it to the partner; it identifies our
 * connector among others').
 */
@ApplicationScoped
public class ProvisioningSettings {

  @Inject
  @ConfigProperty(name = "portal.provisioning.mtd-partner-id")
  Optional<String> partnerId;

  public String partnerId() {
    return partnerId
        .filter(v -> !v.isBlank())
        .map(String::strip)
        .orElseThrow(
            () ->
                new ProvisioningRefused(
                    "The MTD partner id is not configured (portal.provisioning.mtd-partner-id):"
                        + " set it to the connector id Microsoft gave the MSP, then plan again."));
  }
}
