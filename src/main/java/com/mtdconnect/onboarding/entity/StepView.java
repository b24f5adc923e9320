package com.mtdconnect.onboarding.entity;

import com.mtdconnect.consent.entity.RequiredPermission;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of the wizard as the step bar and the step show it: its state, what was chosen, why it
 * stands where it stands, and the one next action.
 */
public final class StepView implements Serializable {
  private static final long serialVersionUID = 1L;

  private final WizardStep step;
  private final StepState state;
  private final String stateLabel;
  private final String summary;
  private final String reason;
  private final String nextAction;
  private final List<RequiredPermission> missingPermissions;

  public StepView(
      WizardStep step,
      StepState state,
      String stateLabel,
      String summary,
      String reason,
      String nextAction,
      List<RequiredPermission> missingPermissions) {
    this.step = step;
    this.state = state;
    this.stateLabel = stateLabel;
    this.summary = summary;
    this.reason = reason;
    this.nextAction = nextAction;
    this.missingPermissions = List.copyOf(missingPermissions);
  }

  public WizardStep getStep() {
    return step;
  }

  public StepState getState() {
    return state;
  }

  /** The state in this step's words ("Granted" for consent, "Saved" elsewhere). */
  public String getStateLabel() {
    return stateLabel;
  }

  public String getSummary() {
    return summary;
  }

  public String getReason() {
    return reason;
  }

  public String getNextAction() {
    return nextAction;
  }

  /** The permissions this step needs that the tenant has not granted. */
  public List<RequiredPermission> getMissingPermissions() {
    return missingPermissions;
  }

  /** "Read group memberships (GroupMember.Read.All)", … */
  public String getMissingPermissionsText() {
    return missingPermissions.stream()
        .map(p -> p.getAllows() + " (" + p.getPermissionName() + ")")
        .collect(Collectors.joining("; "));
  }

  public boolean isDone() {
    return state == StepState.SAVED;
  }
}
