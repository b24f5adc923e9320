package com.mtdconnect.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only (added by {@link Deployments}, never part of the WAR): replaces the portal's clock
 * ({@code platform.control.PortalClock}) by one that tests move forward instead of sleeping. It is
 * a globally enabled alternative, so every bean of the portal gets this clock. Time only moves
 * forward: the database keeps the times the portal wrote, and a clock that went back would make
 * them lie in the future.
 */
@ApplicationScoped
public class MovableClock {

  private final Moved clock = new Moved(new AtomicLong(), ZoneOffset.UTC);

  /** The portal's clock in this deployment: real time plus what the tests moved it by. */
  @Produces
  @Alternative
  @Priority(Interceptor.Priority.APPLICATION + 100)
  Clock clock() {
    return clock;
  }

  /** Moves the portal's time forward by {@code duration}; returns the new now. */
  public Instant advance(Duration duration) {
    if (duration.isNegative() || duration.compareTo(Duration.ofDays(400)) > 0) {
      throw new IllegalArgumentException("the clock only moves forward, at most 400 days");
    }
    clock.offsetMillis.addAndGet(duration.toMillis());
    return clock.instant();
  }

  /** How far the tests moved the portal's time so far. */
  public Duration moved() {
    return Duration.ofMillis(clock.offsetMillis.get());
  }

  /** The system clock plus a shared offset (serializable: page beans hold the clock too). */
  private static final class Moved extends Clock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final AtomicLong offsetMillis;
    private final ZoneId zone;

    Moved(AtomicLong offsetMillis, ZoneId zone) {
      this.offsetMillis = offsetMillis;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Moved(offsetMillis, other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plusMillis(offsetMillis.get());
    }
  }
}
