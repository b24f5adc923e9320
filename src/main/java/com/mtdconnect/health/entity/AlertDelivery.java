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
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One alert to one target of one rule (the alert outbox): written in the transaction of the change
 * that raised it, then claimed, sent and retried with exponential backoff by the delivery worker.
 * Times are UTC.
 */
@Entity
@Table(name = "alert_delivery")
@NamedQuery(
    name = AlertDelivery.DUE,
    query =
        "select d from AlertDelivery d where d.status ="
            + " com.mtdconnect.health.entity.DeliveryStatus.PENDING and d.nextAttemptAt <= :now"
            + " and (d.claimedUntil is null or d.claimedUntil <= :now) order by d.nextAttemptAt,"
            + " d.id")
@NamedQuery(
    name = AlertDelivery.OF_TENANT,
    query =
        "select d from AlertDelivery d where d.tenantId = :tenantId order by d.createdAt desc,"
            + " d.id desc")
public class AlertDelivery {
  public static final String DUE = "AlertDelivery.due";
  public static final String OF_TENANT = "AlertDelivery.ofTenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "transition_id")
  private Long transitionId;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(name = "rule_id", nullable = false)
  private long ruleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AlertChannel channel;

  @Column(nullable = false)
  private String target;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status = DeliveryStatus.PENDING;

  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "claimed_until")
  private LocalDateTime claimedUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  protected AlertDelivery() {}

  public AlertDelivery(
      Long transitionId,
      Long tenantId,
      long ruleId,
      AlertChannel channel,
      String target,
      String subject,
      String body,
      LocalDateTime now) {
    this.transitionId = transitionId;
    this.tenantId = tenantId;
    this.ruleId = ruleId;
    this.channel = channel;
    this.target = target;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** This node takes the delivery until {@code until}; another takes it after, if it is lost. */
  public void claim(LocalDateTime until) {
    claimedUntil = until;
  }

  public void delivered(LocalDateTime now) {
    attempts++;
    status = DeliveryStatus.DELIVERED;
    deliveredAt = now;
    claimedUntil = null;
    lastError = null;
  }

  /**
   * An attempt failed: the next one after {@code base * 2^(attempts-1)} (at most {@code cap}), or
   * none after {@code maxAttempts}.
   */
  public void attemptFailed(
      String error, LocalDateTime now, Duration base, Duration cap, int maxAttempts) {
    attempts++;
    lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    claimedUntil = null;
    if (attempts >= maxAttempts) {
      status = DeliveryStatus.FAILED;
      return;
    }
    nextAttemptAt = now.plus(backoff(attempts, base, cap));
  }

  /** The wait after the {@code attempts}-th failed attempt: base, 2 base, 4 base ... up to cap. */
  public static Duration backoff(int attempts, Duration base, Duration cap) {
    Duration wait = base.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  public Long getId() {
    return id;
  }

  public Long getTransitionId() {
    return transitionId;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public long getRuleId() {
    return ruleId;
  }

  public AlertChannel getChannel() {
    return channel;
  }

  public String getTarget() {
    return target;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getDeliveredAt() {
    return deliveredAt;
  }
}
