package com.mtdconnect.onboarding.entity;

/** Whether a targeted group's members get the integration or are kept out of it. */
public enum GroupRole {
  INCLUDED("Included"),
  EXCLUDED("Excluded");

  private final String label;

  GroupRole(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
