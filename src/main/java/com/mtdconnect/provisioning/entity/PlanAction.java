package com.mtdconnect.provisioning.entity;

/** What applying a plan line does. */
public enum PlanAction {
  CREATE("Create"),
  UPDATE("Update"),
  UNCHANGED("Unchanged"),
  BLOCKED("Blocked"),
  DELETE("Delete");

  private final String label;

  PlanAction(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** Whether applying the line changes something in Intune. */
  public boolean changes() {
    return this == CREATE || this == UPDATE || this == DELETE;
  }
}
