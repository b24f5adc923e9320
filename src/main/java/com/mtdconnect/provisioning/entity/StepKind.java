package com.mtdconnect.provisioning.entity;

/** The kinds of plan lines, each one apply step. */
public enum StepKind {
  /** Our app, app configuration or compliance policy on one platform. */
  OBJECT,
  /** The assignments of one of our objects, merged with those others made. */
  ASSIGNMENTS,
  /** Our MTD connector: platform toggles and unresponsiveness threshold. */
  CONNECTOR,
  /** Offboarding: delete one object carrying our marker. */
  REMOVE_OBJECT,
  /** Offboarding: delete our MTD connector. */
  REMOVE_CONNECTOR
}
