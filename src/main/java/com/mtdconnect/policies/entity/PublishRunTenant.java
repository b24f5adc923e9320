package com.mtdconnect.policies.entity;

import com.mtdconnect.platform.entity.BackgroundRunTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One tenant of a publish run: where it stands, its plan, the detail or reason, how long. */
@Entity
@Table(name = "policy_publish_run_tenant")
public class PublishRunTenant extends BackgroundRunTenant {

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

  @ManyToOne(optional = false)
  @JoinColumn(name = "run_id", nullable = false)
  private PublishRun run;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state = State.WAITING;

  @Column(name = "plan_action", nullable = false)
  private String planAction = "";

  @Column(nullable = false)
  private String detail = "";

  protected PublishRunTenant() {}

  PublishRunTenant(PublishRun run, int position, long tenantId, String tenantName) {
    super(position, tenantId, tenantName);
    this.run = run;
  }

  void start(PublishRun.Phase phase, LocalDateTime now) {
    boolean applying = phase == PublishRun.Phase.APPLYING;
    state = applying ? State.APPLYING : State.PLANNING;
    started(applying, now);
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
    finished(millis, now);
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
}
