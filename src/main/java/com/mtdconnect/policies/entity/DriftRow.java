package com.mtdconnect.policies.entity;

import java.time.LocalDateTime;
import java.util.Optional;

/** One drifted field as the tenant policy page shows it (times UTC). */
public final class DriftRow {
  private final DriftedField field;
  private final LocalDateTime detectedAt;
  private final LocalDateTime changedAt;

  public DriftRow(PolicyDriftFinding finding) {
    this.field = finding.field();
    this.detectedAt = finding.getDetectedAt();
    this.changedAt = finding.changedAt().orElse(null);
  }

  public String getKey() {
    return field.key();
  }

  public String getLabel() {
    return field.label();
  }

  public String getPublished() {
    return DriftedField.show(field.key(), field.published());
  }

  public String getFound() {
    return DriftedField.show(field.key(), field.found());
  }

  public LocalDateTime getDetectedAt() {
    return detectedAt;
  }

  /** When Intune says the object last changed; empty when it does not say. */
  public Optional<LocalDateTime> changedAt() {
    return Optional.ofNullable(changedAt);
  }

  /** "since 2026-12-04 15:02 UTC (Intune's last change of the policy)" or the detection time. */
  public String getSince() {
    return changedAt != null
        ? at(changedAt) + " (Intune's last change of the policy)"
        : at(detectedAt) + " (first seen by the portal; Intune gives no change time)";
  }

  /** Who changed it: Intune's policy object does not say; its audit log does. */
  public String getBy() {
    return "not reported on the policy: see Intune's audit log (Tenant administration > Audit"
        + " logs)";
  }

  /** Whether Accept can adopt Intune's value (otherwise only a revert restores the policy). */
  public boolean isAdoptable() {
    return field.policyField().isPresent();
  }

  private static String at(LocalDateTime t) {
    return t.withNano(0).toString().replace('T', ' ') + " UTC";
  }
}
