package com.mtdconnect.simulator.entity;

/** Microsoft Graph throttling families (graph-contracts §11) as the simulator enforces them. */
public enum SimWorkloadFamily {
  DIRECTORY,
  INTUNE_APPS,
  INTUNE_CONFIGURATION,
  INTUNE_ENROLLMENT,
  INTUNE_DEVICES,
  /** {@code $batch} itself; inner requests are charged to their own families. */
  NONE
}
