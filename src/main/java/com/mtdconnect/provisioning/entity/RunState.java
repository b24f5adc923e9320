package com.mtdconnect.provisioning.entity;

/** Where an apply run stands. */
public enum RunState {
  RUNNING("Running"),
  STOPPED("Stopped; can be resumed"),
  DONE("Done"),
  SUPERSEDED("Replaced by a newer plan before it finished");

  private final String label;

  RunState(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
