package com.mtdconnect.policies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One tenant of a publish run: where it stands, its plan, the detail or reason, how long. */
@Entity
@Table(name = "policy_publish_run_tenant")
public class PublishRunTenant {

  /** Where one tenant of a run stands. */
  public enum State {
    WAITING("Waiting", "invited"),
    PLANNING("Planning", "configuring"),
    PLANNED("Planned", "configuring"),
    UNCHANGED("Unchanged", "active"),
    BLOCKED("Blocked", "degraded"),
    QUEUED("Approved", "invited"),
    APPLYING("Applying", "configuring"),
    APPLIED("Applied", "active"),
    FAILED("Failed", "suspended");

    private final String label;
    private final String badge;

    State(String label, String badge) {
      this.label = label;
      this.badge = badge;
    }

    public String getLabel() {
      return label;
    }

    public String getBadge() {
      return badge;
    }

    /** A worker holds the tenant now. */
    public boolean inProgress() {
      return this == PLANNING || this == APPLYING;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "run_id", nullable = false)
  private PublishRun run;

  @Column(nullable = false)
  private int position;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "tenant_name", nullable = false)
  private String tenantName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state = State.WAITING;

  @Column(name = "plan_action", nullable = false)
  private String planAction = "";

  @Column(nullable = false)
  private String detail = "";

  @Column(nullable = false)
  private int attempts;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(name = "duration_ms")
  private Long durationMs;

  protected PublishRunTenant() {}

  PublishRunTenant(PublishRun run, int position, long tenantId, String tenantName) {
    this.run = run;
    this.position = position;
    this.tenantId = tenantId;
    this.tenantName = tenantName;
  }

  void start(PublishRun.Phase phase, LocalDateTime now) {
    if (phase == PublishRun.Phase.APPLYING) {
      state = State.APPLYING;
      attempts++;
    } else {
      state = State.PLANNING;
    }
    startedAt = now;
    finishedAt = null;
    durationMs = null;
  }

  void queue() {
    state = State.QUEUED;
  }

  void again(PublishRun.Phase phase) {
    state = phase == PublishRun.Phase.PLANNING ? State.WAITING : State.QUEUED;
  }

  boolean isWaiting() {
    return state == State.WAITING || state == State.QUEUED;
  }

  /** The tenant's plan: planned (with what it would change), unchanged, or blocked (why). */
  public void planned(PublishRow plan, long millis, LocalDateTime now) {
    state =
        plan.outcome() == PublishRow.Outcome.BLOCKED
            ? State.BLOCKED
            : plan.unchanged() ? State.UNCHANGED : State.PLANNED;
    planAction = shorten(plan.action(), 40);
    finish(plan, millis, now);
  }

  /** The tenant's publish: applied, unchanged (nothing to write), or failed with the reason. */
  public void applied(PublishRow result, long millis, LocalDateTime now) {
    boolean published = result.outcome() == PublishRow.Outcome.PUBLISHED;
    state = !published ? State.FAILED : result.unchanged() ? State.UNCHANGED : State.APPLIED;
    if (published) {
      planAction = shorten(result.action(), 40);
    }
    finish(result, millis, now);
  }

  private void finish(PublishRow row, long millis, LocalDateTime now) {
    detail = row.detail() == null ? "" : shorten(row.detail(), 2000);
    durationMs = millis;
    finishedAt = now;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getTenantName() {
    return tenantName;
  }

  public State getState() {
    return state;
  }

  public String getPlanAction() {
    return planAction;
  }

  public String getDetail() {
    return detail;
  }

  public int getAttempts() {
    return attempts;
  }

  public Long getDurationMs() {
    return durationMs;
  }
}
