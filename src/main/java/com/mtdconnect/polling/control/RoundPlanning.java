package com.mtdconnect.polling.control;

import com.mtdconnect.graph.entity.AppDisabledInTenant;
import com.mtdconnect.graph.entity.BlockedByConditionalAccess;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.CredentialRejected;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.PermissionMissing;
import com.mtdconnect.graph.entity.TenantGone;
import com.mtdconnect.graph.entity.UnknownTenant;
import com.mtdconnect.polling.entity.RoundOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a tenant's next round runs, and what a failure means (pure; {@code random} returns values in
 * [0, 1)). Every delay carries jitter so that tenants scheduled together drift apart, and no delay
 * after a failure is ever shorter than what Microsoft asked for or longer than the tenant's period
 * (parking aside).
 */
public final class RoundPlanning {

  /** The period of a tenant that never chose a sync frequency. */
  public static final Duration DEFAULT_PERIOD = Duration.ofHours(1);

  /** First wait after a transient failure; doubles with every failure in a row. */
  public static final Duration BACKOFF_BASE = Duration.ofSeconds(30);

  /**
   * How far ahead a parked tenant's round is put: no retry storm, yet the schedule stays (a
   * verified consent brings it forward). The scheduler stores TIMESTAMP, so keep it well inside
   * 2038.
   */
  public static final Duration PARKED_FOR = Duration.ofDays(30);

  /** The most jitter added to a regular round or a Retry-After. */
  public static final Duration MAX_JITTER = Duration.ofSeconds(30);

  private RoundPlanning() {}

  /**
   * How a round ended and when the next one runs.
   *
   * @param outcome how the round ended
   * @param reason the failure in plain words, empty when none
   * @param delay from now to the next round
   * @param retryAfter what Microsoft asked for (throttled only), else null
   */
  public record Verdict(RoundOutcome outcome, String reason, Duration delay, Duration retryAfter) {

    public boolean parked() {
      return outcome == RoundOutcome.PARKED;
    }
  }

  /** The period: the tenant's sync frequency, or {@link #DEFAULT_PERIOD}. */
  public static Duration period(Optional<Duration> syncFrequency) {
    return syncFrequency.filter(d -> !d.isNegative() && !d.isZero()).orElse(DEFAULT_PERIOD);
  }

  /** Up to 5 % of {@code base}, at most {@link #MAX_JITTER}. */
  public static Duration jitter(Duration base, DoubleSupplier random) {
    long max = Math.min(base.toMillis() / 20, MAX_JITTER.toMillis());
    return Duration.ofMillis((long) (max * random.getAsDouble()));
  }

  /**
   * After a round that ended normally: the period, or the shortest cadence a kind needs when that
   * is shorter, less jitter: tenants drift apart, yet no tenant waits longer than its period, so a
   * change in the tenant shows within one period (plus the scheduler's polling and the round).
   */
  public static Duration afterSuccess(
      Duration period, Optional<Duration> shortestCadence, DoubleSupplier random) {
    Duration base =
        shortestCadence.filter(c -> c.compareTo(period) < 0 && !c.isZero()).orElse(period);
    return base.minus(jitter(base, random));
  }

  /** The first round of a newly scheduled tenant: somewhere within {@code spread}. */
  public static Duration firstRound(Duration spread, DoubleSupplier random) {
    return Duration.ofMillis((long) (spread.toMillis() * random.getAsDouble()));
  }

  /**
   * Exponential backoff after the {@code failuresInARow}-th transient failure (1 = the first):
   * {@link #BACKOFF_BASE} doubled per failure, capped at the period, of which the upper half is
   * random ("equal jitter"), so retries never line up and never wait longer than a regular round.
   */
  public static Duration backoff(int failuresInARow, Duration period, DoubleSupplier random) {
    int doublings = Math.max(0, Math.min(30, failuresInARow - 1));
    long ceiling = Math.min(BACKOFF_BASE.toMillis() << doublings, period.toMillis());
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) ((ceiling - half) * random.getAsDouble()));
  }

  /** After a 429: what Microsoft asked for plus up to 10 % (at least 1 s, at most 30 s). */
  public static Duration afterThrottle(Duration retryAfter, DoubleSupplier random) {
    Duration asked = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    long max = Math.min(Math.max(1000, asked.toMillis() / 10), MAX_JITTER.toMillis());
    return asked.plusMillis((long) (max * random.getAsDouble()));
  }

  /**
   * What a round's failure means for the tenant.
   *
   * @param failure what a kind threw (causes are searched for a known failure)
   * @param period the tenant's period
   * @param failuresBefore transient failures in a row before this round
   */
  public static Verdict classify(
      Throwable failure, Duration period, int failuresBefore, DoubleSupplier random) {
    Throwable known = known(failure);
    String reason = plain(known);
    if (known instanceof FencedOut) {
      return new Verdict(
          RoundOutcome.FENCED_OUT, reason, afterSuccess(period, Optional.empty(), random), null);
    }
    if (known instanceof GraphThrottled throttled) {
      return new Verdict(
          RoundOutcome.THROTTLED,
          reason,
          afterThrottle(throttled.retryAfter(), random),
          throttled.retryAfter());
    }
    if (parks(known)) {
      return new Verdict(RoundOutcome.PARKED, reason, PARKED_FOR, null);
    }
    return new Verdict(
        RoundOutcome.FAILED, reason, backoff(failuresBefore + 1, period, random), null);
  }

  /** Failures no retry can fix: a person must act (consent, the customer's tenant, our app). */
  static boolean parks(Throwable failure) {
    return failure instanceof ParkTenant
        || failure instanceof ConsentMissing
        || failure instanceof PermissionMissing
        || failure instanceof TenantGone
        || failure instanceof UnknownTenant
        || failure instanceof CredentialRejected
        || failure instanceof AppDisabledInTenant
        || failure instanceof BlockedByConditionalAccess;
  }

  private static Throwable known(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FencedOut
          || t instanceof ParkTenant
          || t instanceof com.mtdconnect.graph.entity.GraphFailure) {
        return t;
      }
    }
    return failure;
  }

  private static String plain(Throwable failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    String text =
        failure instanceof RuntimeException
                && (failure instanceof FencedOut
                    || failure instanceof ParkTenant
                    || failure instanceof com.mtdconnect.graph.entity.GraphFailure)
            ? message
            : "The round failed unexpectedly ("
                + failure.getClass().getSimpleName()
                + (message.isBlank() ? "" : ": " + message)
                + "); it is retried with backoff.";
    return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
  }
}
