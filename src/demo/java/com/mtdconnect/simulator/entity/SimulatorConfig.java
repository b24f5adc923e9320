package com.mtdconnect.simulator.entity;

import java.time.Duration;
import java.util.List;

/**
 * How a simulator is generated and behaves.
 *
 * @param seed seed of the deterministic generator
 * @param tenantCount number of customer tenants to generate
 * @param limits throttling limits per family
 * @param deltaTokenLifetime age after which delta tokens answer 410 (Microsoft: 7 days)
 * @param deltaPageSize groups per delta page
 * @param customerNames display names for the first tenants (the demo MSP's named customers); the
 *     rest get generated names
 * @param tokenLifetime lifetime of issued access tokens ({@code expires_in}); Microsoft: 60–90 min,
 *     typically 3599 s. MSAL never caches a token of 300 s or less, so short lifetimes that still
 *     exercise MSAL's cache lie between 301 s and a few minutes more.
 */
public record SimulatorConfig(
    long seed,
    int tenantCount,
    ThrottleLimits limits,
    Duration deltaTokenLifetime,
    int deltaPageSize,
    List<String> customerNames,
    Duration tokenLifetime) {

  /** Microsoft's usual access-token lifetime, {@code expires_in} 3599. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3599);

  public SimulatorConfig {
    if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
      throw new IllegalArgumentException("token lifetime must be positive: " + tokenLifetime);
    }
  }

  public static SimulatorConfig of(long seed, int tenantCount) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        ThrottleLimits.microsoftPublished(),
        Duration.ofDays(7),
        100,
        List.of(),
        DEFAULT_TOKEN_LIFETIME);
  }

  public SimulatorConfig withLimits(ThrottleLimits newLimits) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        newLimits,
        deltaTokenLifetime,
        deltaPageSize,
        customerNames,
        tokenLifetime);
  }

  public SimulatorConfig withDeltaPageSize(int size) {
    return new SimulatorConfig(
        seed, tenantCount, limits, deltaTokenLifetime, size, customerNames, tokenLifetime);
  }

  public SimulatorConfig withCustomerNames(List<String> names) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        limits,
        deltaTokenLifetime,
        deltaPageSize,
        List.copyOf(names),
        tokenLifetime);
  }

  /** Access tokens live this long (whole seconds); see {@link #tokenLifetime()}. */
  public SimulatorConfig withTokenLifetime(Duration lifetime) {
    return new SimulatorConfig(
        seed, tenantCount, limits, deltaTokenLifetime, deltaPageSize, customerNames, lifetime);
  }
}
