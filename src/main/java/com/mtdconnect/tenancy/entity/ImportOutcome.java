package com.mtdconnect.tenancy.entity;

/** What became of one row of a CSV import. */
public enum ImportOutcome {
  REGISTERED("Registered"),
  DUPLICATE("Duplicate"),
  UNKNOWN_TENANT("Unknown tenant"),
  INVALID("Invalid"),
  NOT_CHECKED("Not checked: try again");

  private final String label;

  ImportOutcome(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
