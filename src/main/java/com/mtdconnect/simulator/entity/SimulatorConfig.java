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
 */
public record SimulatorConfig(
    long seed,
    int tenantCount,
    ThrottleLimits limits,
    Duration deltaTokenLifetime,
    int deltaPageSize,
    List<String> customerNames) {

  public static SimulatorConfig of(long seed, int tenantCount) {
    return new SimulatorConfig(
        seed, tenantCount, ThrottleLimits.microsoftPublished(), Duration.ofDays(7), 100, List.of());
  }

  public SimulatorConfig withLimits(ThrottleLimits newLimits) {
    return new SimulatorConfig(
        seed, tenantCount, newLimits, deltaTokenLifetime, deltaPageSize, customerNames);
  }

  public SimulatorConfig withDeltaPageSize(int size) {
    return new SimulatorConfig(seed, tenantCount, limits, deltaTokenLifetime, size, customerNames);
  }

  public SimulatorConfig withCustomerNames(List<String> names) {
    return new SimulatorConfig(
        seed, tenantCount, limits, deltaTokenLifetime, deltaPageSize, List.copyOf(names));
  }
}
