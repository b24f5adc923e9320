package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MtdConnectorSpec;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.provisioning.entity.FieldChange;
import com.mtdconnect.provisioning.entity.PlanLine;
import com.mtdconnect.provisioning.entity.StepImpossible;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Carries out one plan line against Intune, idempotently: every step first looks for our object by
 * its marker and then creates, updates or leaves it, so a step repeated after a crash (the object
 * was created but the run did not record it) finds the object instead of creating a second one.
 */
public final class StepRunner {

  private final GraphGateway gateway;
  private final String directoryId;
  private final DesiredState desired;
  private final Set<String> formerlyOurs;

  /**
   * @param desired null for offboarding runs
   */
  public StepRunner(
      GraphGateway gateway, String directoryId, DesiredState desired, Set<String> formerlyOurs) {
    this.gateway = gateway;
    this.directoryId = directoryId;
    this.desired = desired;
    this.formerlyOurs = Set.copyOf(formerlyOurs);
  }

  public StepOutcome run(PlanLine line) {
    return switch (line.step()) {
      case OBJECT -> object(line);
      case ASSIGNMENTS -> assignments(line);
      case CONNECTOR -> connector();
      case REMOVE_OBJECT ->
          new StepOutcome(
              line.objectId(),
              gateway.deleteIntuneObject(directoryId, line.objectKind(), line.objectId())
                  ? "Deleted."
                  : "Already gone.");
      case REMOVE_CONNECTOR ->
          new StepOutcome(
              line.objectId(),
              gateway.deleteMtdConnector(directoryId, line.objectId())
                  ? "Deleted."
                  : "Already gone.");
    };
  }

  private Optional<IntuneObject> ours(IntuneObjectKind kind, String key) {
    return gateway.intuneObjects(directoryId, kind).stream()
        .filter(o -> o.markerKey().equals(Optional.of(key)))
        .findFirst();
  }

  private StepOutcome object(PlanLine line) {
    IntuneObjectKind kind = line.objectKind();
    String appId = "";
    if (kind == IntuneObjectKind.APP_CONFIGURATION) {
      String appKey = DesiredState.objectKey(line.platform(), IntuneObjectKind.MOBILE_APP);
      appId =
          ours(IntuneObjectKind.MOBILE_APP, appKey)
              .map(IntuneObject::id)
              .orElseThrow(
                  () ->
                      new StepImpossible(
                          "The "
                              + line.platform().getLabel()
                              + " app is not in Intune, so its configuration cannot target it."));
    }
    IntuneObjectSpec spec = desired.spec(line.platform(), kind, appId);
    Optional<IntuneObject> existing = ours(kind, spec.objectKey());
    if (existing.isEmpty()) {
      IntuneObject created = gateway.createIntuneObject(directoryId, spec);
      return new StepOutcome(created.id(), "Created.");
    }
    List<FieldChange> changes = Planner.changedFields(spec, existing.get());
    if (changes.isEmpty()) {
      return new StepOutcome(existing.get().id(), "Already as planned.");
    }
    gateway.updateIntuneObject(directoryId, existing.get().id(), spec);
    return new StepOutcome(
        existing.get().id(),
        "Updated "
            + changes.stream().map(FieldChange::field).collect(Collectors.joining(", "))
            + ".");
  }

  private StepOutcome assignments(PlanLine line) {
    IntuneObjectKind kind = line.objectKind();
    String key = DesiredState.objectKey(line.platform(), kind);
    IntuneObject object =
        ours(kind, key)
            .orElseThrow(
                () ->
                    new StepImpossible(
                        "The "
                            + line.platform().getLabel()
                            + " "
                            + kind.label()
                            + " is not in"
                            + " Intune, so it cannot be assigned."));
    if (kind == IntuneObjectKind.MOBILE_APP
        && !object.publishingState().isEmpty()
        && !object.publishingState().equals("published")) {
      throw new StepImpossible(
          "The app is not published in Intune yet (state: "
              + object.publishingState()
              + "); resume once it is.");
    }
    List<AssignmentTarget> before = gateway.assignments(directoryId, kind, object.id());
    List<AssignmentTarget> after = AssignmentMerge.merged(before, desired.intent(), formerlyOurs);
    if (AssignmentMerge.same(before, after)) {
      return new StepOutcome(object.id(), "Already as planned.");
    }
    gateway.assign(directoryId, kind, object.id(), after);
    return new StepOutcome(
        object.id(),
        "Assigned to "
            + desired.intent().included().size()
            + " group(s), excluding "
            + desired.intent().excluded().size()
            + "; "
            + (after.size()
                - desired.intent().included().size()
                - desired.intent().excluded().size())
            + " other assignment(s) kept.");
  }

  private StepOutcome connector() {
    MtdConnectorSpec spec = desired.connector();
    Optional<MtdConnectorState> ours =
        gateway.mtdConnectors(directoryId).stream()
            .filter(c -> c.id().equals(spec.partnerId()))
            .findFirst();
    if (ours.isEmpty()) {
      gateway.createMtdConnector(directoryId, spec);
      return new StepOutcome(spec.partnerId(), "Created.");
    }
    MtdConnectorState c = ours.get();
    if (c.iosEnabled() == spec.iosEnabled()
        && c.androidEnabled() == spec.androidEnabled()
        && c.unresponsivenessThresholdDays() == spec.unresponsivenessThresholdDays()) {
      return new StepOutcome(spec.partnerId(), "Already as planned.");
    }
    gateway.updateMtdConnector(directoryId, spec);
    return new StepOutcome(spec.partnerId(), "Updated.");
  }
}
