package com.mtdconnect.identity.control;

import com.mtdconnect.identity.entity.SignedInStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a staff session may live: idle timeout (by the container) and absolute limit (checked
 * here).
 */
@ApplicationScoped
public class SessionPolicy {

  @Inject
  @ConfigProperty(name = "portal.session.idle-minutes", defaultValue = "30")
  int idleMinutes;

  @Inject
  @ConfigProperty(name = "portal.session.max-hours", defaultValue = "10")
  int maxHours;

  public int idleTimeoutSeconds() {
    return Math.toIntExact(Duration.ofMinutes(idleMinutes).toSeconds());
  }

  public boolean isExpired(SignedInStaff staff, Instant now) {
    return staff.signedInAt().plus(Duration.ofHours(maxHours)).isBefore(now);
  }
}
