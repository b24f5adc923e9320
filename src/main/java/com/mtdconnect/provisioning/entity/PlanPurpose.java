package com.mtdconnect.provisioning.entity;

/** What a plan (and the run applying it) is for. */
public enum PlanPurpose {
  PROVISION("Provisioning"),
  OFFBOARD("Offboarding");

  private final String label;

  PlanPurpose(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
