package com.mtdconnect.policies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A drifted field of a published tenant policy as the tenant round last found it: the published
 * value, Intune's value, when the portal first saw this deviation and when Intune says the object
 * last changed. Removed once Intune matches again (or the drift is accepted or reverted). Times are
 * UTC.
 */
@Entity
@Table(name = "policy_drift")
@NamedQuery(
    name = PolicyDriftFinding.OF_TENANT,
    query =
        "select d from PolicyDriftFinding d where d.tenantId = :tenant"
            + " order by d.tenantPolicyId, d.id")
@NamedQuery(
    name = PolicyDriftFinding.OF_POLICY,
    query = "select d from PolicyDriftFinding d where d.tenantPolicyId = :policy order by d.id")
public class PolicyDriftFinding {
  public static final String OF_TENANT = "PolicyDriftFinding.ofTenant";
  public static final String OF_POLICY = "PolicyDriftFinding.ofPolicy";

  private static final int MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "tenant_policy_id", nullable = false)
  private long tenantPolicyId;

  @Column(name = "field_key", nullable = false)
  private String fieldKey;

  @Column(name = "published_value", nullable = false)
  private String publishedValue;

  @Column(name = "intune_value", nullable = false)
  private String intuneValue;

  @Column(name = "detected_at", nullable = false)
  private LocalDateTime detectedAt;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  protected PolicyDriftFinding() {}

  public PolicyDriftFinding(
      long tenantId,
      long tenantPolicyId,
      DriftedField field,
      Optional<LocalDateTime> changedAt,
      LocalDateTime now) {
    this.tenantId = tenantId;
    this.tenantPolicyId = tenantPolicyId;
    this.fieldKey = field.key();
    this.publishedValue = cut(field.published());
    this.intuneValue = cut(field.found());
    this.detectedAt = now;
    this.changedAt = changedAt.orElse(null);
  }

  /**
   * The round found this field drifted again: a different value in Intune is a new deviation
   * (detected now); the same one keeps when it was first seen. Returns whether anything changed.
   */
  public boolean foundAgain(
      DriftedField field, Optional<LocalDateTime> changed, LocalDateTime now) {
    String found = cut(field.found());
    String published = cut(field.published());
    if (found.equals(intuneValue) && published.equals(publishedValue)) {
      return false;
    }
    intuneValue = found;
    publishedValue = published;
    detectedAt = now;
    changedAt = changed.orElse(null);
    return true;
  }

  private static String cut(String s) {
    return s.length() > MAX ? s.substring(0, MAX) : s;
  }

  public DriftedField field() {
    return new DriftedField(fieldKey, publishedValue, intuneValue);
  }

  public long getTenantPolicyId() {
    return tenantPolicyId;
  }

  public String getFieldKey() {
    return fieldKey;
  }

  public String getPublishedValue() {
    return publishedValue;
  }

  public String getIntuneValue() {
    return intuneValue;
  }

  public LocalDateTime getDetectedAt() {
    return detectedAt;
  }

  public Optional<LocalDateTime> changedAt() {
    return Optional.ofNullable(changedAt);
  }
}
