package com.mtdconnect.auditlog.entity;

import java.time.Duration;
import java.util.Optional;

/** The audit log's date presets: a window ending now, or the range staff pick. */
public enum AuditPeriod {
  LAST_HOUR("Last hour", Duration.ofHours(1)),
  LAST_24_HOURS("Last 24 hours", Duration.ofHours(24)),
  LAST_7_DAYS("Last 7 days", Duration.ofDays(7)),
  LAST_30_DAYS("Last 30 days", Duration.ofDays(30)),
  CUSTOM("Custom range", null);

  private final String label;
  private final Duration length;

  AuditPeriod(String label, Duration length) {
    this.label = label;
    this.length = length;
  }

  public String getLabel() {
    return label;
  }

  /** How far back a preset reaches from now; empty for the custom range. */
  public Optional<Duration> length() {
    return Optional.ofNullable(length);
  }
}
