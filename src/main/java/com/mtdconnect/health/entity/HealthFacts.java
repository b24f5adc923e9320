package com.mtdconnect.health.entity;

import com.mtdconnect.consent.entity.ConsentStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the health rules look at for one tenant, read from the database beforehand. Times are
 * UTC.
 *
 * @param consent the tenant's consent as last verified ({@code NOT_REQUESTED} when never)
 * @param missingPermissions the names of the permissions the customer has not granted
 * @param skippedByPolling what the newest round skipped because a permission is missing, each kind
 *     with its permissions ("app-status (DeviceManagementApps.ReadWrite.All)"); empty when nothing
 * @param syncInterval the tenant's sync frequency
 * @param heartbeatThreshold how old the connector's last heartbeat may be
 * @param recentRounds the newest rounds first, at most {@code HealthRules.RECENT_ROUNDS}
 * @param lastSuccessAt when the last round that succeeded ended, if any did
 * @param platforms the install funnel and connector per platform, as the rounds stored it
 * @param provisioned whether onboarding has applied our objects (app, connector) to the tenant's
 *     Intune; before that the connector and the install coverage are not judged
 * @param now the time of the computation
 */
public record HealthFacts(
    ConsentStatus consent,
    List<String> missingPermissions,
    String skippedByPolling,
    Duration syncInterval,
    Duration heartbeatThreshold,
    List<RoundFacts> recentRounds,
    Optional<LocalDateTime> lastSuccessAt,
    List<PlatformFacts> platforms,
    boolean provisioned,
    LocalDateTime now) {

  public HealthFacts {
    missingPermissions = List.copyOf(missingPermissions);
    skippedByPolling = skippedByPolling == null ? "" : skippedByPolling;
    recentRounds = List.copyOf(recentRounds);
    platforms = List.copyOf(platforms);
  }

  /** One recorded round: how it ended, how many of its requests were throttled, its error. */
  public record RoundFacts(String outcome, int requests, int throttled, String error) {}

  /**
   * One platform's funnel and connector.
   *
   * @param connectorState Microsoft's {@code partnerState}, null when no connector was found
   * @param connectorHeartbeat the connector's last heartbeat, null when it never sent one
   */
  public record PlatformFacts(
      String platform,
      int devicesInScope,
      int installed,
      int pending,
      int failed,
      String connectorState,
      LocalDateTime connectorHeartbeat) {}
}
