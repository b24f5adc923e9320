package com.mtdconnect.provisioning.entity;

import com.mtdconnect.graph.entity.IntuneObjectKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a plan and one step of its apply.
 *
 * @param stepKey stable within a tenant ({@code ios.app}, {@code ios.app.assignments}, {@code
 *     connector}, {@code remove:<object id>})
 * @param objectKind the Intune collection for object and assignment lines; null for the connector
 * @param platform null for the connector and for removals of objects whose platform is unknown
 * @param object what the line is about, in words
 * @param reason why the line is blocked, or a note for the others; empty when there is none
 * @param objectId the Intune object id when the object exists; empty otherwise
 */
public record PlanLine(
    String stepKey,
    StepKind step,
    IntuneObjectKind objectKind,
    Platform platform,
    String object,
    PlanAction action,
    List<FieldChange> changes,
    String reason,
    String objectId) {

  public PlanLine {
    changes = List.copyOf(changes);
    reason = reason == null ? "" : reason;
    objectId = objectId == null ? "" : objectId;
  }

  /** The changed fields as one text ("a: x → y; b: ..."), or the reason. */
  public String getDetails() {
    if (!changes.isEmpty()) {
      return changes.stream().map(FieldChange::describe).collect(Collectors.joining("; "));
    }
    return reason;
  }

  public String getPlatformLabel() {
    return platform == null ? "All" : platform.getLabel();
  }

  public String getObject() {
    return object;
  }

  public PlanAction getAction() {
    return action;
  }
}
