package com.mtdconnect.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.List;

/**
 * The group-targeting step's state and, when it needs attention, why: judged from the groups chosen
 * each time they change (nothing chosen, only excluded groups, an included group without users, or
 * saved). Part of the onboarding row. A value: judging again gives a new one.
 */
@Embeddable
public class GroupsStep implements Serializable {
  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "groups_state", nullable = false)
  private StepState state = StepState.NOT_STARTED;

  @Column(name = "groups_reason")
  private String reason;

  /** No group chosen yet. */
  protected GroupsStep() {}

  private GroupsStep(StepState state, String reason) {
    this.state = state;
    this.reason = reason;
  }

  /**
   * The step as the chosen groups leave it: {@code included} as the page lists them (their order is
   * the order the reason names them in), {@code anyChosen} whether any group, included or excluded,
   * is chosen.
   */
  static GroupsStep judge(List<TargetedGroup> included, boolean anyChosen) {
    if (included.isEmpty()) {
      return anyChosen
          ? new GroupsStep(
              StepState.NEEDS_ATTENTION,
              "Only excluded groups are chosen: include at least one group.")
          : new GroupsStep();
    }
    List<String> withoutUsers =
        included.stream()
            .filter(TargetedGroup::isWithoutUsers)
            .map(TargetedGroup::getDisplayName)
            .toList();
    if (!withoutUsers.isEmpty()) {
      return new GroupsStep(
          StepState.NEEDS_ATTENTION,
          "No users in "
              + String.join(", ", withoutUsers)
              + ": "
              + TenantOnboarding.USER_GROUPS_RULE
              + ". Remove it or choose a group of users.");
    }
    return new GroupsStep(StepState.SAVED, null);
  }

  public StepState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }
}
