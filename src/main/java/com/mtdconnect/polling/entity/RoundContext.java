package com.mtdconnect.polling.entity;

import com.mtdconnect.consent.entity.RequiredPermission;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one tenant round knows when a kind runs.
 *
 * @param tenantId the registry's id of the tenant
 * @param directoryId the tenant's Entra tenant id (what the gateway is called with)
 * @param generation the fencing generation this round took when it started
 * @param startedAt when the round started (UTC, from the portal's clock)
 * @param period the tenant's sync frequency, the schedule's period
 * @param lastSuccess when each kind (by {@link com.mtdconnect.polling.control.PollingKind#name()})
 *     last completed without failure; absent for a kind that never did
 * @param notGranted the permissions the tenant's verified consent lacks when the round started
 */
public record RoundContext(
    long tenantId,
    String directoryId,
    long generation,
    LocalDateTime startedAt,
    Duration period,
    Map<String, LocalDateTime> lastSuccess,
    Set<RequiredPermission> notGranted) {

  public RoundContext {
    lastSuccess = Map.copyOf(lastSuccess);
    notGranted = Set.copyOf(notGranted);
  }

  /** When the kind named {@code kind} last completed. */
  public Optional<LocalDateTime> lastSuccessOf(String kind) {
    return Optional.ofNullable(lastSuccess.get(kind));
  }

  /** Those of {@code needs} the tenant has not granted, in the permission catalog's order. */
  public List<RequiredPermission> lacking(Set<RequiredPermission> needs) {
    return Arrays.stream(RequiredPermission.values())
        .filter(p -> needs.contains(p) && notGranted.contains(p))
        .toList();
  }
}
