package com.mtdconnect.onboarding.entity;

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

/** One tenant of a profile run: where it stands, its stage, why it failed, how long it took. */
@Entity
@Table(name = "profile_run_tenant")
public class ProfileRunTenant {

  /** Where one tenant of a run stands. */
  public enum State {
    WAITING("Waiting"),
    RUNNING("Running"),
    DONE("Done"),
    FAILED("Failed");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "run_id", nullable = false)
  private ProfileRun run;

  @Column(nullable = false)
  private int position;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "tenant_name", nullable = false)
  private String tenantName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state = State.WAITING;

  @Column(nullable = false)
  private String stage = "";

  @Column(nullable = false)
  private String reason = "";

  @Column(nullable = false)
  private int attempts;

  @Column(name = "provisioning_run_id")
  private Long provisioningRunId;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(name = "duration_ms")
  private Long durationMs;

  protected ProfileRunTenant() {}

  ProfileRunTenant(ProfileRun run, int position, long tenantId, String tenantName) {
    this.run = run;
    this.position = position;
    this.tenantId = tenantId;
    this.tenantName = tenantName;
  }

  void start(LocalDateTime now) {
    state = State.RUNNING;
    attempts++;
    stage = "Starting";
    reason = "";
    startedAt = now;
    finishedAt = null;
    durationMs = null;
  }

  void waitAgain() {
    state = State.WAITING;
    stage = "";
  }

  public void stage(String what) {
    stage = what;
  }

  public void applying(long provisioningRun) {
    provisioningRunId = provisioningRun;
  }

  /** Done (with what it did) or failed (with the reason in plain words). */
  public void finish(boolean done, String why, long millis, LocalDateTime now) {
    state = done ? State.DONE : State.FAILED;
    reason = why == null ? "" : shorten(why);
    stage = "";
    durationMs = millis;
    finishedAt = now;
  }

  private static String shorten(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }

  public Long getId() {
    return id;
  }

  public ProfileRun getRun() {
    return run;
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

  public State getState() {
    return state;
  }

  public String getStage() {
    return stage;
  }

  public String getReason() {
    return reason;
  }

  public int getAttempts() {
    return attempts;
  }

  public Long getProvisioningRunId() {
    return provisioningRunId;
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
