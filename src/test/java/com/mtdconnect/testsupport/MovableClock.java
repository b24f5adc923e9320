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
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only (added by {@link Deployments}, never part of the WAR): replaces the portal's clock
 * ({@code platform.control.PortalClock}) by one that tests move forward instead of sleeping. The
 * class is a globally enabled alternative, so its producer serves every bean of the portal. Time
 * only moves forward (the database keeps the times the portal wrote; a clock that went back would
 * make them lie in the future); a test may also stop it, so that only its own moves count.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

  /** Real time plus an offset, or stopped at an instant. */
  private record State(Duration offset, Instant stoppedAt) implements Serializable {
    Instant now() {
      return stoppedAt != null ? stoppedAt : Instant.now().plus(offset);
    }
  }

  private final AtomicReference<State> state =
      new AtomicReference<>(new State(Duration.ZERO, null));
  private final Moved clock = new Moved(state, ZoneOffset.UTC);

  /** The portal's clock in this deployment. */
  @Produces
  Clock clock() {
    return clock;
  }

  /** Whether {@code portalClock} (as the portal gets it injected) is this movable clock. */
  public boolean drives(Clock portalClock) {
    return portalClock instanceof Moved moved && moved.state == state;
  }

  /** Moves the portal's time forward by {@code duration}; returns the new now. */
  public Instant advance(Duration duration) {
    if (duration.isNegative() || duration.compareTo(Duration.ofDays(400)) > 0) {
      throw new IllegalArgumentException("the clock only moves forward, at most 400 days");
    }
    return state
        .updateAndGet(
            s ->
                s.stoppedAt() != null
                    ? new State(s.offset(), s.stoppedAt().plus(duration))
                    : new State(s.offset().plus(duration), null))
        .now();
  }

  /** Stops the portal's time where it is: from now on only {@link #advance} moves it. */
  public Instant stop() {
    return state.updateAndGet(s -> new State(s.offset(), s.now())).now();
  }

  /** Lets the portal's time run on from where it stands (never back). */
  public Instant resume() {
    return state
        .updateAndGet(
            s ->
                s.stoppedAt() == null
                    ? s
                    : new State(Duration.between(Instant.now(), s.stoppedAt()), null))
        .now();
  }

  /** A clock over the shared state (serializable: page beans hold the clock too). */
  private static final class Moved extends Clock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final AtomicReference<State> state;
    private final ZoneId zone;

    Moved(AtomicReference<State> state, ZoneId zone) {
      this.state = state;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Moved(state, other);
    }

    @Override
    public Instant instant() {
      return state.get().now();
    }
  }
}
