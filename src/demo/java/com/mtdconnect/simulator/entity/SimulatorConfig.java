package com.mtdconnect.simulator.entity;

import java.time.Duration;
import java.util.List;

/**
 * How a simulator is generated and behaves.
 *
 * @param seed seed of the deterministic generator
 * @param tenantCount number of customer tenants to generate
 * @param limits throttling limits per family (per app per tenant)
 * @param deltaTokenLifetime age after which delta tokens answer 410 (Microsoft: 7 days)
 * @param deltaPageSize groups per delta page
 * @param customerNames display names for the first tenants (the demo MSP's named customers); the
 *     rest get generated names
 * @param tokenLifetime lifetime of issued access tokens ({@code expires_in}); Microsoft: 60–90 min,
 *     typically 3599 s. MSAL never caches a token of 300 s or less, so short lifetimes that still
 *     exercise MSAL's cache lie between 301 s and a few minutes more.
 * @param appLimits limits per app across all tenants and on the token endpoint
 * @param installFailureShare share (0..1) of devices whose app install ends {@code failed} instead
 *     of {@code installed}
 */
public record SimulatorConfig(
    long seed,
    int tenantCount,
    ThrottleLimits limits,
    Duration deltaTokenLifetime,
    int deltaPageSize,
    List<String> customerNames,
    Duration tokenLifetime,
    AppLimits appLimits,
    double installFailureShare) {

  /** Microsoft's usual access-token lifetime, {@code expires_in} 3599. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3599);

  /** Share of installs that fail unless configured otherwise. */
  public static final double DEFAULT_INSTALL_FAILURE_SHARE = 0.05;

  public SimulatorConfig {
    if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
      throw new IllegalArgumentException("token lifetime must be positive: " + tokenLifetime);
    }
    if (installFailureShare < 0 || installFailureShare > 1) {
      throw new IllegalArgumentException("install failure share must lie in 0..1");
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
        DEFAULT_TOKEN_LIFETIME,
        AppLimits.microsoftPublished(),
        DEFAULT_INSTALL_FAILURE_SHARE);
  }

  public SimulatorConfig withLimits(ThrottleLimits newLimits) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        newLimits,
        deltaTokenLifetime,
        deltaPageSize,
        customerNames,
        tokenLifetime,
        appLimits,
        installFailureShare);
  }

  public SimulatorConfig withDeltaPageSize(int size) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        limits,
        deltaTokenLifetime,
        size,
        customerNames,
        tokenLifetime,
        appLimits,
        installFailureShare);
  }

  public SimulatorConfig withCustomerNames(List<String> names) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        limits,
        deltaTokenLifetime,
        deltaPageSize,
        List.copyOf(names),
        tokenLifetime,
        appLimits,
        installFailureShare);
  }

  /** Access tokens live this long (whole seconds); see {@link #tokenLifetime()}. */
  public SimulatorConfig withTokenLifetime(Duration lifetime) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        limits,
        deltaTokenLifetime,
        deltaPageSize,
        customerNames,
        lifetime,
        appLimits,
        installFailureShare);
  }

  /** Limits per app across all tenants and on the token endpoint. */
  public SimulatorConfig withAppLimits(AppLimits newAppLimits) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        limits,
        deltaTokenLifetime,
        deltaPageSize,
        customerNames,
        tokenLifetime,
        newAppLimits,
        installFailureShare);
  }

  /** This share (0..1) of app installs ends failed. */
  public SimulatorConfig withInstallFailureShare(double share) {
    return new SimulatorConfig(
        seed,
        tenantCount,
        limits,
        deltaTokenLifetime,
        deltaPageSize,
        customerNames,
        tokenLifetime,
        appLimits,
        share);
  }
}
