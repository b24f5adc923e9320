package com.mtdconnect.provisioning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One apply of a plan (provisioning or offboarding) with its steps in order. A run is RUNNING while
 * a worker holds it (its heartbeat moves), STOPPED at the step that failed, DONE when every step
 * finished. A RUNNING run whose heartbeat is older than {@link #STALE_AFTER} lost its worker (the
 * node restarted) and may be resumed.
 */
@Entity
@Table(name = "provisioning_run")
@NamedQuery(
    name = ProvisioningRun.OF_TENANT,
    query =
        "SELECT r FROM ProvisioningRun r WHERE r.tenantId = :tenantId ORDER BY r.startedAt DESC, r.id DESC")
public class ProvisioningRun {
  public static final String OF_TENANT = "ProvisioningRun.ofTenant";

  /** A running run whose heartbeat is older than this lost its worker. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(2);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RunState state;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "heartbeat_at", nullable = false)
  private LocalDateTime heartbeatAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(nullable = false)
  private String reason = "";

  @Version private long version;

  @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProvisioningStep> steps = new ArrayList<>();

  protected ProvisioningRun() {}

  public ProvisioningRun(ProvisioningPlan plan, String startedBy, LocalDateTime now) {
    this.tenantId = plan.tenantId();
    this.purpose = plan.purpose();
    this.state = RunState.RUNNING;
    this.startedBy = startedBy;
    this.startedAt = now;
    this.heartbeatAt = now;
    int position = 0;
    for (PlanLine line : plan.lines()) {
      steps.add(new ProvisioningStep(this, position++, line));
    }
  }

  public boolean isStale(LocalDateTime now) {
    return state == RunState.RUNNING && heartbeatAt.plus(STALE_AFTER).isBefore(now);
  }

  /** Whether "Resume" may pick the run up: it stopped, or its worker vanished. */
  public boolean isResumable(LocalDateTime now) {
    return state == RunState.STOPPED || isStale(now);
  }

  public void resume(LocalDateTime now) {
    state = RunState.RUNNING;
    heartbeatAt = now;
    reason = "";
    finishedAt = null;
  }

  /** A newer plan replaces this unfinished run: it is no longer offered for resume. */
  public void supersede(LocalDateTime now) {
    state = RunState.SUPERSEDED;
    reason = "Replaced by a newer plan; the steps it finished stay done in Intune.";
    finishedAt = now;
  }

  public void heartbeat(LocalDateTime now) {
    heartbeatAt = now;
  }

  public void finish(boolean completed, String why, LocalDateTime now) {
    state = completed ? RunState.DONE : RunState.STOPPED;
    reason = why == null ? "" : why;
    heartbeatAt = now;
    finishedAt = now;
  }

  public ProvisioningStep step(String stepKey) {
    return steps.stream()
        .filter(s -> s.getStepKey().equals(stepKey))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step " + stepKey + " in run " + id));
  }

  public long finishedSteps() {
    return steps.stream().filter(s -> s.getState().finished()).count();
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public PlanPurpose getPurpose() {
    return purpose;
  }

  public RunState getState() {
    return state;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getHeartbeatAt() {
    return heartbeatAt;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public String getReason() {
    return reason;
  }

  public List<ProvisioningStep> getSteps() {
    return steps;
  }
}
