package com.mtdconnect.graph.entity;

/**
 * A compliance policy that requires the MTD partner's threat level.
 *
 * @param requiredThreatLevel {@code secured}, {@code low}, {@code medium} or {@code high}
 * @param blockGraceHours hours before a non-compliant device is blocked
 */
public record CompliancePolicyRequest(
    ComplianceTarget target,
    String displayName,
    String description,
    String requiredThreatLevel,
    int blockGraceHours) {}
