package com.mtdconnect.graph.entity;

import java.util.Optional;

/** One Entra device in a delta round: new or changed (properties present) or removed. */
public record DeviceChange(
    String id,
    boolean removed,
    Optional<String> deviceId,
    Optional<String> displayName,
    Optional<String> operatingSystem,
    Optional<String> operatingSystemVersion) {}
