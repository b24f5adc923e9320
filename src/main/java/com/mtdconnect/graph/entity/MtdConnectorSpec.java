package com.mtdconnect.graph.entity;

/** What provisioning wants our MTD connector to be. Its id is the partner id that identifies us. */
public record MtdConnectorSpec(
    String partnerId,
    boolean iosEnabled,
    boolean androidEnabled,
    int unresponsivenessThresholdDays) {}
