package com.mtdconnect.simulator.control.identity;

import com.mtdconnect.simulator.entity.AppLimits;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entra ID's throttling of an app that asks for tokens too often (graph-contracts §1.3, MSAL's
 * documented server throttling): for the client-credentials grant, more token requests of one app
 * in one tenant than {@link AppLimits#tokenRequests()} per window answer 429 with {@code
 * Retry-After} ({@link AppLimits#tokenRetryAfter()}, Microsoft sends 60 s). Every request counts,
 * refused ones too, as usage keeps counting during a throttle. Fixed windows per app and tenant.
 */
public final class TokenEndpointGate {

  private static final class Window {
    long startNanos;
    long used;
  }

  private final AppLimits limits;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
  private final AtomicLong throttled = new AtomicLong();

  public TokenEndpointGate(AppLimits limits) {
    this.limits = limits;
  }

  /** Empty if the token request is admitted; otherwise the {@code Retry-After} in seconds. */
  public OptionalLong admit(SimulatedTenant tenant, String clientId) {
    Window w = windows.computeIfAbsent(tenant.index() + "|" + clientId, k -> new Window());
    long now = System.nanoTime();
    long windowNanos = limits.tokenWindow().toNanos();
    synchronized (w) {
      if (w.startNanos == 0 || now - w.startNanos >= windowNanos) {
        w.startNanos = now;
        w.used = 0;
      }
      w.used++;
      if (w.used > limits.tokenRequests()) {
        throttled.incrementAndGet();
        return OptionalLong.of(Math.max(1, limits.tokenRetryAfter().toSeconds()));
      }
      return OptionalLong.empty();
    }
  }

  /** Token requests answered 429 because the app asked too often. */
  public long throttledCount() {
    return throttled.get();
  }
}
