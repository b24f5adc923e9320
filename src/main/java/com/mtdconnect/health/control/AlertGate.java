package com.mtdconnect.health.control;

import com.mtdconnect.health.entity.AlertDecision;
import com.mtdconnect.health.entity.HealthState;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Whether a tenant's health state is worth an alert now. Pure.
 *
 * <p>Staff are told about a state once: an alert goes out when the state differs from the one they
 * were last told about (healthy until the first alert), so a tenant that goes degraded and back
 * before anyone was told raises nothing twice. The flapping guard: after an alert, the next one for
 * the same tenant waits at least the minimum interval; a change inside it is held back and
 * announced at the first recompute after the interval if it still stands (one alert for the net
 * change: degraded → failing → degraded inside the interval is nothing new), and dropped if the
 * tenant went back to the state staff know. A tenant not polled yet never alerts.
 */
public final class AlertGate {
  private AlertGate() {}

  public static AlertDecision decide(
      HealthState alerted,
      LocalDateTime alertedAt,
      HealthState now,
      LocalDateTime at,
      Duration minInterval) {
    if (!now.isScored() || now == alerted) {
      return AlertDecision.NONE;
    }
    if (alertedAt != null && at.isBefore(alertedAt.plus(minInterval))) {
      return AlertDecision.HELD_BACK;
    }
    return AlertDecision.ALERTED;
  }
}
