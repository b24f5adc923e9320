package com.mtdconnect.health.entity;

/** What became of a change of state as far as alerts go. */
public enum AlertDecision {
  /** Staff were alerted (or no rule asked for it, but it counts as told). */
  ALERTED("Alerted"),
  /** Held back by the minimum interval between two alerts of one tenant; sent later if it lasts. */
  HELD_BACK("Held back (flapping guard)"),
  /** Nothing to tell: the state staff know of did not change, or the tenant was not polled yet. */
  NONE("No alert");

  private final String label;

  AlertDecision(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
