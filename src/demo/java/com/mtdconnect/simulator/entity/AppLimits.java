package com.mtdconnect.simulator.entity;

import java.time.Duration;

/**
 * Limits the simulator enforces per app across all tenants, and on the token endpoint. Defaults
 * follow graph-contracts §11 and §1.3: 2,000 requests per second per app across all tenants; the
 * identity and access service's 150,000 resource units per 20 seconds per app (all tenants);
 * Entra's answer to an app asking for tokens too often, 429 with {@code Retry-After: 60}. Microsoft
 * does not publish the token endpoint's threshold; the default (60 requests per minute per app and
 * tenant) is far above what a client with MSAL's token cache sends (one per tenant and hour) and
 * far below what a client without one sends. Tests pass smaller limits.
 *
 * @param requests requests per {@code requestWindow} per app, all tenants and families together
 * @param requestWindow the window of {@code requests}
 * @param directoryUnits identity resource units per {@code directoryWindow} per app, all tenants
 * @param directoryWindow the window of {@code directoryUnits}
 * @param tokenRequests token requests per {@code tokenWindow} per app and tenant
 * @param tokenWindow the window of {@code tokenRequests}
 * @param tokenRetryAfter the {@code Retry-After} of a throttled token request
 */
public record AppLimits(
    int requests,
    Duration requestWindow,
    int directoryUnits,
    Duration directoryWindow,
    int tokenRequests,
    Duration tokenWindow,
    Duration tokenRetryAfter) {

  /** From this share of a limit on, responses carry {@code x-ms-throttle-limit-percentage}. */
  public static final double WARNING_SHARE = 0.8;

  public AppLimits {
    if (requests <= 0 || directoryUnits <= 0 || tokenRequests <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public static AppLimits microsoftPublished() {
    return new AppLimits(
        2000,
        Duration.ofSeconds(1),
        150_000,
        Duration.ofSeconds(20),
        60,
        Duration.ofMinutes(1),
        Duration.ofSeconds(60));
  }

  public AppLimits withRequests(int perWindow, Duration window) {
    return new AppLimits(
        perWindow,
        window,
        directoryUnits,
        directoryWindow,
        tokenRequests,
        tokenWindow,
        tokenRetryAfter);
  }

  public AppLimits withDirectoryUnits(int perWindow, Duration window) {
    return new AppLimits(
        requests, requestWindow, perWindow, window, tokenRequests, tokenWindow, tokenRetryAfter);
  }

  public AppLimits withTokenRequests(int perWindow, Duration window, Duration retryAfter) {
    return new AppLimits(
        requests, requestWindow, directoryUnits, directoryWindow, perWindow, window, retryAfter);
  }
}
