package com.mtdconnect.identity.control;

import com.mtdconnect.identity.entity.SignedInStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a staff session may live: an idle timeout and an absolute limit, both judged here by the
 * portal's clock. The idle timeout is also the container's session timeout, which frees the memory
 * of abandoned sessions.
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

  /** Whether the session passed its absolute limit at {@code now}. */
  public boolean isExpired(SignedInStaff staff, Instant now) {
    return staff.signedInAt().plus(Duration.ofHours(maxHours)).isBefore(now);
  }

  /**
   * Whether a session last used at {@code lastSeen} was idle for longer than its idle timeout (the
   * session's own, {@code idleSeconds}) at {@code now}.
   */
  public boolean isIdle(Instant lastSeen, int idleSeconds, Instant now) {
    return idleSeconds > 0 && lastSeen.plusSeconds(idleSeconds).isBefore(now);
  }
}
