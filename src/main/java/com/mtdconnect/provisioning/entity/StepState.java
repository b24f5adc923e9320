package com.mtdconnect.provisioning.entity;

/** Where one apply step stands. */
public enum StepState {
  PENDING("Waiting"),
  RUNNING("Running"),
  DONE("Done"),
  SKIPPED("Skipped"),
  FAILED("Stopped here");

  private final String label;

  StepState(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** Whether a resumed run leaves the step alone. */
  public boolean finished() {
    return this == DONE || this == SKIPPED;
  }
}
