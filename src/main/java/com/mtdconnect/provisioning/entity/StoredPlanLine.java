package com.mtdconnect.provisioning.entity;

import com.mtdconnect.graph.entity.IntuneObjectKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;

/**
 * A plan line as stored (the changed fields kept as their text): a line of the tenant's plan as
 * last computed, and what each step of a run carries out.
 */
@Embeddable
public class StoredPlanLine {

  @Column(name = "step_key", nullable = false)
  private String stepKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "step_kind", nullable = false)
  private StepKind stepKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "object_kind")
  private IntuneObjectKind objectKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "platform")
  private Platform platform;

  @Column(name = "object_label", nullable = false)
  private String objectLabel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanAction action;

  @Column(nullable = false)
  private String details;

  @Column(name = "object_id", nullable = false)
  private String objectId;

  protected StoredPlanLine() {}

  StoredPlanLine(PlanLine line) {
    this.stepKey = line.stepKey();
    this.stepKind = line.step();
    this.objectKind = line.objectKind();
    this.platform = line.platform();
    this.objectLabel = clip(line.object(), 300);
    this.action = line.action();
    this.details = clip(line.getDetails(), 4000);
    this.objectId = line.objectId();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  void objectId(String id) {
    objectId = id;
  }

  public String getStepKey() {
    return stepKey;
  }

  public String getObjectLabel() {
    return objectLabel;
  }

  public PlanAction getAction() {
    return action;
  }

  public String getDetails() {
    return details;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getPlatformLabel() {
    return platform == null ? "All" : platform.getLabel();
  }

  PlanLine line() {
    return new PlanLine(
        stepKey, stepKind, objectKind, platform, objectLabel, action, List.of(), details, objectId);
  }
}
