package com.mtdconnect.graph.entity;

/** Graph throttling families as Microsoft publishes them (graph-contracts §11). */
public enum WorkloadFamily {
  DIRECTORY,
  INTUNE_APPS,
  INTUNE_CONFIGURATION,
  INTUNE_ENROLLMENT,
  INTUNE_DEVICES,
  /** Requests we cannot attribute (e.g. {@code $batch} envelopes). */
  OTHER
}
