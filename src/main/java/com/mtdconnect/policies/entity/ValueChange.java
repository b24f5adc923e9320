package com.mtdconnect.policies.entity;

/**
 * One field that differs between two versions (or between Intune and a policy).
 *
 * @param before null when the field did not exist before
 * @param after null when the field no longer exists
 */
public record ValueChange(String key, String before, String after) {

  /** The key prefix of a change in whether a field is overridden (values: inherited/overridden). */
  public static final String OVERRIDE_PREFIX = "override:";

  public String getLabel() {
    return key.startsWith(OVERRIDE_PREFIX)
        ? PolicyField.labelOf(key.substring(OVERRIDE_PREFIX.length())) + " (source)"
        : PolicyField.labelOf(key);
  }

  public String getBefore() {
    return PolicyField.show(key, before);
  }

  public String getAfter() {
    return PolicyField.show(key, after);
  }

  /** "label: before → after" for audit and logs. */
  public String describe() {
    return getLabel() + ": " + getBefore() + " → " + getAfter();
  }
}
