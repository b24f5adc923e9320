package com.mtdconnect.simulator.control.transport;

import com.mtdconnect.simulator.entity.AppLimits;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits per app across all tenants (graph-contracts §11): every request of the app, whatever the
 * tenant and family, counts against its requests per window; directory requests also count their
 * resource units against the identity service's units per app. Fixed windows, as {@link
 * ThrottleGate}. An admitted request learns how much of the tighter limit is used, so responses
 * from {@link AppLimits#WARNING_SHARE} on carry {@code x-ms-throttle-limit-percentage}.
 */
public final class AppWideGate {

  /** Over a limit: wait this long; {@code information} is the {@code x-ms-throttle-information}. */
  public record Refusal(double retryAfterSeconds, Optional<String> information) {}

  /**
   * The gate's answer.
   *
   * @param refusal present when the request is over an app-wide limit
   * @param usedShare the share of the tighter app-wide limit used, this request included
   */
  public record Decision(Optional<Refusal> refusal, double usedShare) {

    /** The {@code x-ms-throttle-limit-percentage} value, when the share calls for one. */
    public Optional<String> limitPercentageHeader() {
      return refusal.isPresent() ? Optional.empty() : limitPercentage(usedShare);
    }
  }

  /**
   * The {@code x-ms-throttle-limit-percentage} value for a used share of a limit: present from
   * {@link AppLimits#WARNING_SHARE} on, at most 1.8 (Microsoft's documented range 0.8–1.8).
   */
  public static Optional<String> limitPercentage(double usedShare) {
    if (usedShare < AppLimits.WARNING_SHARE) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "%.2f", Math.min(1.8, usedShare)));
  }

  private static final class Window {
    long startNanos;
    long used;
  }

  private final AppLimits limits;
  private final ConcurrentHashMap<String, Window> requests = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Window> units = new ConcurrentHashMap<>();
  private final AtomicLong throttled = new AtomicLong();

  public AppWideGate(AppLimits limits) {
    this.limits = limits;
  }

  /**
   * Admits one request of app {@code appId}; {@code directoryUnits} is its resource-unit cost, or 0
   * outside the identity service.
   */
  public Decision admit(String appId, int directoryUnits) {
    long now = System.nanoTime();
    Window r = requests.computeIfAbsent(appId, k -> new Window());
    long requestWindow = limits.requestWindow().toNanos();
    if (directoryUnits <= 0) {
      synchronized (r) {
        OptionalDouble wait = overflow(r, 1, limits.requests(), requestWindow, now);
        if (wait.isPresent()) {
          return refused(wait.getAsDouble(), Optional.empty());
        }
        r.used++;
        return new Decision(Optional.empty(), (double) r.used / limits.requests());
      }
    }
    Window u = units.computeIfAbsent(appId, k -> new Window());
    long unitWindow = limits.directoryWindow().toNanos();
    synchronized (r) {
      synchronized (u) {
        OptionalDouble waitRequests = overflow(r, 1, limits.requests(), requestWindow, now);
        if (waitRequests.isPresent()) {
          return refused(waitRequests.getAsDouble(), Optional.empty());
        }
        OptionalDouble waitUnits =
            overflow(u, directoryUnits, limits.directoryUnits(), unitWindow, now);
        if (waitUnits.isPresent()) {
          return refused(waitUnits.getAsDouble(), Optional.of("ResourceUnitLimitExceeded"));
        }
        r.used++;
        u.used += directoryUnits;
        return new Decision(
            Optional.empty(),
            Math.max(
                (double) r.used / limits.requests(), (double) u.used / limits.directoryUnits()));
      }
    }
  }

  /** Requests answered 429 because of an app-wide limit. */
  public long throttledCount() {
    return throttled.get();
  }

  private Decision refused(double wait, Optional<String> information) {
    throttled.incrementAndGet();
    return new Decision(Optional.of(new Refusal(wait, information)), 1.0);
  }

  /** Starts a new window when due; the seconds to wait when {@code cost} does not fit. */
  private static OptionalDouble overflow(
      Window w, int cost, long limit, long windowNanos, long now) {
    if (w.startNanos == 0 || now - w.startNanos >= windowNanos) {
      w.startNanos = now;
      w.used = 0;
    }
    if (w.used + cost > limit) {
      return OptionalDouble.of(Math.max(0.001, (windowNanos - (now - w.startNanos)) / 1e9));
    }
    return OptionalDouble.empty();
  }
}
