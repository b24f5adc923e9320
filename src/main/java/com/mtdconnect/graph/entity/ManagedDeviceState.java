package com.mtdconnect.graph.entity;

import java.util.Optional;

/**
 * A device Intune manages, as a polling round needs it: who owns it, its platform, and what the MTD
 * partner reports for it ({@code partnerReportedThreatState}).
 *
 * @param id Intune's managed device id (the install report's {@code DeviceId})
 * @param userId the owner's Entra object id, empty for a device without a user
 * @param operatingSystem {@code iOS}, {@code Android}, …
 */
public record ManagedDeviceState(
    String id,
    Optional<String> userId,
    String deviceName,
    String operatingSystem,
    Optional<String> userPrincipalName,
    Optional<String> azureAdDeviceId,
    String partnerReportedThreatState) {}
