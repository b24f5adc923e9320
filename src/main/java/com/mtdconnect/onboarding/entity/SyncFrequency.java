package com.mtdconnect.onboarding.entity;

import java.time.Duration;

/** How often the portal polls a tenant (enrollment, groups, connector, app status). */
public enum SyncFrequency {
  MINUTES_5(Duration.ofMinutes(5), "Every 5 minutes"),
  MINUTES_15(Duration.ofMinutes(15), "Every 15 minutes"),
  MINUTES_30(Duration.ofMinutes(30), "Every 30 minutes"),
  HOURS_1(Duration.ofHours(1), "Every hour"),
  HOURS_4(Duration.ofHours(4), "Every 4 hours"),
  HOURS_12(Duration.ofHours(12), "Every 12 hours"),
  HOURS_24(Duration.ofHours(24), "Once a day");

  /** What a tenant polls at until someone chooses otherwise. */
  public static final SyncFrequency DEFAULT = HOURS_1;

  private final Duration interval;
  private final String label;

  SyncFrequency(Duration interval, String label) {
    this.interval = interval;
    this.label = label;
  }

  public Duration interval() {
    return interval;
  }

  public String getLabel() {
    return label;
  }

  public String getName() {
    return name();
  }

  /** Polling rounds in 24 hours. */
  public long getRoundsPerDay() {
    return Duration.ofDays(1).toMinutes() / interval.toMinutes();
  }
}
