package com.mtdconnect.graph.entity;

import java.util.Optional;

/**
 * An Entra device a user owns. Properties are empty when the tenant did not grant Device.Read.All
 * (Graph then returns only the id).
 */
public record OwnedDevice(
    String id,
    Optional<String> deviceId,
    Optional<String> displayName,
    Optional<String> operatingSystem,
    Optional<String> operatingSystemVersion) {}
