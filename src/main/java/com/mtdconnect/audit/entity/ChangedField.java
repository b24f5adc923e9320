package com.mtdconnect.audit.entity;

import java.io.Serializable;

/**
 * One field of an audited object that changed: its name in words, the value before and after. An
 * object created by the event has no before ({@link #isCreated()}): the page lists what it was
 * created with.
 */
public final class ChangedField implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final ChangedValue before;
  private final ChangedValue after;
  private final boolean created;

  ChangedField(String key, ChangedValue before, ChangedValue after, boolean created) {
    this.key = key;
    this.before = before;
    this.after = after;
    this.created = created;
  }

  /** The field's name in words: "Contact email". */
  public String getField() {
    return ReadableCodes.fieldName(key);
  }

  /** The stored name of the field: "contactEmail". */
  public String getKey() {
    return key;
  }

  public ChangedValue getBefore() {
    return before;
  }

  public ChangedValue getAfter() {
    return after;
  }

  public boolean isCreated() {
    return created;
  }

  /** "contact email: a@x → b@x" (for logs and tests). */
  @Override
  public String toString() {
    String name = getField().toLowerCase(java.util.Locale.ROOT);
    return name + ": " + (created ? after : before + " → " + after);
  }
}
