package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The portal's one source of the current time: every boundary and control injects this {@link
 * Clock} instead of reading the system time, and hands {@code now} to the entities it changes. In
 * production it is the system clock in UTC; the in-container tests replace it (a globally enabled
 * alternative in a test-only library) with a clock they move forward instead of sleeping.
 */
@ApplicationScoped
public class PortalClock {

  /** The system clock in UTC (immutable and thread-safe, so one instance serves everyone). */
  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
