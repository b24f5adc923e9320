package com.mtdconnect.polling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One recorded tenant round, as the job history shows it (written once, never changed). */
@Entity
@Table(name = "poll_round")
public class PollRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(nullable = false)
  private long generation;

  @Column(nullable = false)
  private String node;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(nullable = false)
  private int requests;

  @Column(nullable = false)
  private int throttled;

  @Column(nullable = false)
  private int changes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RoundOutcome outcome;

  @Column(nullable = false)
  private String error;

  @Column(nullable = false)
  private String kinds;

  @Column(nullable = false)
  private String skipped;

  protected PollRound() {}

  public PollRound(
      long tenantId,
      long generation,
      String node,
      LocalDateTime startedAt,
      long durationMs,
      int requests,
      int throttled,
      int changes,
      RoundOutcome outcome,
      String error,
      String kinds,
      String skipped) {
    this.tenantId = tenantId;
    this.generation = generation;
    this.node = node;
    this.startedAt = startedAt;
    this.durationMs = durationMs;
    this.requests = requests;
    this.throttled = throttled;
    this.changes = changes;
    this.outcome = outcome;
    this.error = cut(error);
    this.kinds = cut(kinds);
    this.skipped = cut(skipped);
  }

  private static String cut(String text) {
    String t = text == null ? "" : text;
    return t.length() > 2000 ? t.substring(0, 1997) + "..." : t;
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public long getGeneration() {
    return generation;
  }

  public String getNode() {
    return node;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public long getDurationMs() {
    return durationMs;
  }

  public int getRequests() {
    return requests;
  }

  public int getThrottled() {
    return throttled;
  }

  public int getChanges() {
    return changes;
  }

  public RoundOutcome getOutcome() {
    return outcome;
  }

  public String getError() {
    return error;
  }

  public String getKinds() {
    return kinds;
  }

  /**
   * The kinds skipped for a permission the tenant's consent lacks, each with the permissions, e.g.
   * "app-status (DeviceManagementApps.ReadWrite.All)"; empty when none was.
   */
  public String getSkipped() {
    return skipped;
  }
}
