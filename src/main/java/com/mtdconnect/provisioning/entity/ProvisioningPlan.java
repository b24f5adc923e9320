package com.mtdconnect.provisioning.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A plan computed against what the tenant's Intune holds now: one line per object and per
 * assignment set (provisioning), or per object carrying our marker (offboarding).
 *
 * @param computedAt UTC
 */
public record ProvisioningPlan(
    long tenantId, PlanPurpose purpose, List<PlanLine> lines, LocalDateTime computedAt) {

  public ProvisioningPlan {
    lines = List.copyOf(lines);
  }

  public long count(PlanAction action) {
    return lines.stream().filter(l -> l.action() == action).count();
  }

  /** Whether applying would change nothing (every line unchanged or blocked). */
  public boolean nothingToChange() {
    return lines.stream().noneMatch(l -> l.action().changes());
  }

  public List<PlanLine> getLines() {
    return lines;
  }
}
