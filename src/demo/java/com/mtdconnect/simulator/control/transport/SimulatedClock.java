package com.mtdconnect.simulator.control.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's notion of now: real time plus an offset that tests and the demo control page move
 * forward, which moves app installs, heartbeats, sync times and delta-token ages with it.
 */
public final class SimulatedClock {

  private final Clock real;
  private final Instant start;
  private final AtomicLong offsetMillis = new AtomicLong();

  public SimulatedClock(Clock real) {
    this.real = real;
    this.start = real.instant();
  }

  public Instant now() {
    return real.instant().plusMillis(offsetMillis.get());
  }

  /** When the simulator was created; generated history is placed before it. */
  public Instant start() {
    return start;
  }

  public void advance(Duration duration) {
    offsetMillis.addAndGet(duration.toMillis());
  }
}
