package com.mtdconnect.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change of a tenant's health state, and whether it alerted. Times are UTC. */
@Entity
@Table(name = "health_transition")
@NamedQuery(
    name = HealthTransition.OF_TENANT,
    query =
        "select t from HealthTransition t where t.tenantId = :tenantId order by t.occurredAt desc,"
            + " t.id desc")
public class HealthTransition {
  public static final String OF_TENANT = "HealthTransition.ofTenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", nullable = false)
  private HealthState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  private HealthState toState;

  private Integer score;

  @Column(nullable = false)
  private String summary;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AlertDecision alert;

  protected HealthTransition() {}

  public HealthTransition(
      long tenantId,
      HealthState fromState,
      HealthState toState,
      Integer score,
      String summary,
      AlertDecision alert,
      LocalDateTime now) {
    this.tenantId = tenantId;
    this.fromState = fromState;
    this.toState = toState;
    this.score = score;
    this.summary = summary.length() > 2000 ? summary.substring(0, 2000) : summary;
    this.alert = alert;
    this.occurredAt = now;
  }

  public void alerted() {
    alert = AlertDecision.ALERTED;
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public HealthState getFromState() {
    return fromState;
  }

  public HealthState getToState() {
    return toState;
  }

  public Integer getScore() {
    return score;
  }

  public String getSummary() {
    return summary;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public AlertDecision getAlert() {
    return alert;
  }
}
