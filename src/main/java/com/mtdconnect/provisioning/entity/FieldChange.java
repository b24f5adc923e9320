package com.mtdconnect.provisioning.entity;

/** One field a plan line changes: its value in Intune now and after apply. */
public record FieldChange(String field, String before, String after) {

  /** "field: before → after" for the plan table. */
  public String describe() {
    return field
        + ": "
        + (before.isEmpty() ? "(none)" : before)
        + " → "
        + (after.isEmpty() ? "(none)" : after);
  }
}
