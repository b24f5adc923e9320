package com.mtdconnect.health.entity;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the rules concluded: a score (absent while the tenant was never polled), the state and the
 * reasons, worst first.
 */
public record HealthVerdict(OptionalInt score, HealthState state, List<HealthReason> reasons) {
  public HealthVerdict {
    reasons = List.copyOf(reasons);
  }
}
