package com.mtdconnect.dashboard.entity;

import java.util.Arrays;
import java.util.Optional;

/** The fleet table's sortable columns and the {@link FleetRow} attribute each sorts by. */
public enum FleetSort {
  NAME("displayName"),
  STATE("lifecycle"),
  HEALTH_SCORE("healthScore"),
  DEVICES("devices"),
  COVERAGE("coverage"),
  LAST_SYNC("lastSync"),
  ALERTS("openAlerts");

  private final String attribute;

  FleetSort(String attribute) {
    this.attribute = attribute;
  }

  public String attribute() {
    return attribute;
  }

  /** The column a table's sort field names, if it is one. */
  public static Optional<FleetSort> ofAttribute(String attribute) {
    return Arrays.stream(values()).filter(s -> s.attribute.equals(attribute)).findFirst();
  }
}
