package com.mtdconnect.health.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's health as last computed, and the state staff were last alerted about (the flapping
 * guard reads it). Times are UTC.
 */
@Entity
@Table(name = "tenant_health")
public class TenantHealth {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  private Integer score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HealthState state;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tenant_health_reason", joinColumns = @JoinColumn(name = "tenant_id"))
  @OrderColumn(name = "position")
  private List<HealthReason> reasons = new ArrayList<>();

  @Column(name = "computed_at", nullable = false)
  private LocalDateTime computedAt;

  /** The state staff were last told about: healthy until the first alert. */
  @Enumerated(EnumType.STRING)
  @Column(name = "alerted_state", nullable = false)
  private HealthState alertedState = HealthState.HEALTHY;

  @Column(name = "alerted_at")
  private LocalDateTime alertedAt;

  @Version private long version;

  protected TenantHealth() {}

  public TenantHealth(long tenantId, LocalDateTime now) {
    this.tenantId = tenantId;
    this.state = HealthState.NOT_POLLED;
    this.computedAt = now;
  }

  /** Takes the verdict; returns the state before. */
  public HealthState judged(HealthVerdict verdict, LocalDateTime now) {
    HealthState before = state;
    score = verdict.score().isPresent() ? verdict.score().getAsInt() : null;
    state = verdict.state();
    reasons.clear();
    reasons.addAll(verdict.reasons());
    computedAt = now;
    return before;
  }

  /** Staff were told that the tenant is now in {@code told}. */
  public void alerted(HealthState told, LocalDateTime now) {
    alertedState = told;
    alertedAt = now;
  }

  public long getTenantId() {
    return tenantId;
  }

  public Integer getScore() {
    return score;
  }

  public HealthState getState() {
    return state;
  }

  public List<HealthReason> getReasons() {
    return List.copyOf(reasons);
  }

  public LocalDateTime getComputedAt() {
    return computedAt;
  }

  public HealthState getAlertedState() {
    return alertedState;
  }

  public LocalDateTime getAlertedAt() {
    return alertedAt;
  }
}
