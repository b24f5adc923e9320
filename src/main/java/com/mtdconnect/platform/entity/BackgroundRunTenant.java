package com.mtdconnect.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * What every tenant row of a background run records besides its own state: which tenant (its place
 * in the operator's order, id and name), how many times it was tried, when its last try started and
 * finished and how long it took. Each kind of run keeps its rows in its own table (these columns
 * are the same in each).
 */
@MappedSuperclass
public abstract class BackgroundRunTenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int position;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "tenant_name", nullable = false)
  private String tenantName;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(name = "duration_ms")
  private Long durationMs;

  protected BackgroundRunTenant() {}

  protected BackgroundRunTenant(int position, long tenantId, String tenantName) {
    this.position = position;
    this.tenantId = tenantId;
    this.tenantName = tenantName;
  }

  /** A worker took the tenant now; {@code attempt}: this counts as one more try. */
  protected void started(boolean attempt, LocalDateTime now) {
    if (attempt) {
      attempts++;
    }
    startedAt = now;
    finishedAt = null;
    durationMs = null;
  }

  /** The worker finished with the tenant now, after {@code millis}. */
  protected void finished(long millis, LocalDateTime now) {
    durationMs = millis;
    finishedAt = now;
  }

  /** The text, cut to {@code max} characters (a column's width) with an ellipsis. */
  protected static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getTenantName() {
    return tenantName;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public Long getDurationMs() {
    return durationMs;
  }
}
