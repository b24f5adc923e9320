package com.mtdconnect.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** One step of a run: the plan line it carries out, its state, the Intune object and a note. */
@Entity
@Table(name = "provisioning_step")
public class ProvisioningStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "run_id")
  private ProvisioningRun run;

  @Column(nullable = false)
  private int position;

  @Embedded private StoredPlanLine planned;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StepState state = StepState.PENDING;

  @Column(nullable = false)
  private String note = "";

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  protected ProvisioningStep() {}

  ProvisioningStep(ProvisioningRun run, int position, PlanLine line) {
    this.run = run;
    this.position = position;
    this.planned = new StoredPlanLine(line);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The plan line again, as the apply engine runs it (the reason is the stored details). */
  public PlanLine line() {
    return planned.line();
  }

  public void started() {
    state = StepState.RUNNING;
  }

  public void finished(StepState newState, String newObjectId, String newNote, LocalDateTime now) {
    state = newState;
    if (newObjectId != null && !newObjectId.isBlank()) {
      planned.objectId(newObjectId);
    }
    note = clip(newNote == null ? "" : newNote, 2000);
    finishedAt = now;
  }

  public int getPosition() {
    return position;
  }

  public String getStepKey() {
    return planned.getStepKey();
  }

  public String getObjectLabel() {
    return planned.getObjectLabel();
  }

  public PlanAction getAction() {
    return planned.getAction();
  }

  public String getDetails() {
    return planned.getDetails();
  }

  public StepState getState() {
    return state;
  }

  public String getObjectId() {
    return planned.getObjectId();
  }

  public String getNote() {
    return note;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public String getPlatformLabel() {
    return planned.getPlatformLabel();
  }
}
