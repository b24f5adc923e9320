package com.mtdconnect.graph.entity;

import java.time.OffsetDateTime;
import java.util.Optional;

/** An Intune managed device, reduced to what inventory and health need. */
public record ManagedDeviceSummary(
    String id,
    String deviceName,
    String operatingSystem,
    String osVersion,
    String complianceState,
    String partnerReportedThreatState,
    Optional<String> userPrincipalName,
    Optional<String> azureAdDeviceId,
    Optional<OffsetDateTime> lastSyncDateTime) {}
