package com.mtdconnect.onboarding.entity;

import com.mtdconnect.platform.entity.BackgroundRunTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One tenant of a profile run: where it stands, its stage, why it failed, how long it took. */
@Entity
@Table(name = "profile_run_tenant")
public class ProfileRunTenant extends BackgroundRunTenant {

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

  @ManyToOne(optional = false)
  @JoinColumn(name = "run_id", nullable = false)
  private ProfileRun run;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state = State.WAITING;

  @Column(nullable = false)
  private String stage = "";

  @Column(nullable = false)
  private String reason = "";

  @Column(name = "provisioning_run_id")
  private Long provisioningRunId;

  protected ProfileRunTenant() {}

  ProfileRunTenant(ProfileRun run, int position, long tenantId, String tenantName) {
    super(position, tenantId, tenantName);
    this.run = run;
  }

  void start(LocalDateTime now) {
    state = State.RUNNING;
    stage = "Starting";
    reason = "";
    started(true, now);
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
    reason = why == null ? "" : shorten(why, 2000);
    stage = "";
    finished(millis, now);
  }

  public ProfileRun getRun() {
    return run;
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

  public Long getProvisioningRunId() {
    return provisioningRunId;
  }
}
