package com.mtdconnect.graph.entity;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The state of an MTD partner connector in Intune. */
public record MtdConnectorState(
    String id,
    String partnerState,
    Optional<OffsetDateTime> lastHeartbeat,
    boolean androidEnabled,
    boolean iosEnabled,
    int unresponsivenessThresholdDays) {}
