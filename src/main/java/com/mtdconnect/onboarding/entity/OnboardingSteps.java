package com.mtdconnect.onboarding.entity;

import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.RequiredPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status rules of the wizard: every step's state, reason and next action, derived only from
 * stored facts (the tenant's consent and its saved onboarding record), never from what the page
 * last showed.
 */
public final class OnboardingSteps {

  private OnboardingSteps() {}

  /** All steps in order; {@code onboarding} is empty when nobody started it yet. */
  public static List<StepView> of(Optional<TenantOnboarding> onboarding, ConsentFacts consent) {
    return of(onboarding, consent, ProvisioningFacts.NONE);
  }

  /** All steps in order, the last three from what provisioning reports. */
  public static List<StepView> of(
      Optional<TenantOnboarding> onboarding, ConsentFacts consent, ProvisioningFacts provisioning) {
    List<StepView> steps = new ArrayList<>();
    steps.add(consent(consent));
    steps.add(platforms(onboarding, consent));
    steps.add(frequency(onboarding, consent));
    steps.add(groups(onboarding, consent));
    boolean choicesDone = steps.stream().allMatch(StepView::isDone);
    Optional<StepView> firstOpen = steps.stream().filter(s -> !s.isDone()).findFirst();
    List<RequiredPermission> planMissing = missingFor(WizardStep.PLAN, consent);
    String planReason;
    String planAction;
    if (!choicesDone) {
      planReason =
          "The plan needs steps 1 to 4 done; "
              + firstOpen.get().getStep().getLabel().toLowerCase(java.util.Locale.ROOT)
              + " is "
              + firstOpen.get().getStateLabel().toLowerCase(java.util.Locale.ROOT)
              + ".";
      planAction = "Go to " + firstOpen.get().getStep().getLabel();
    } else if (!planMissing.isEmpty()) {
      planReason = "Provisioning needs permissions the tenant has not granted.";
      planAction = "Send a re-consent link";
    } else {
      planReason =
          "Ready: provisioning computes the plan from these choices against what the tenant's"
              + " Intune holds now.";
      planAction = "Compute the plan";
    }
    steps.add(plan(choicesDone, planMissing, planReason, planAction, onboarding, provisioning));
    steps.add(apply(provisioning));
    steps.add(confirm(provisioning));
    return steps;
  }

  static StepView plan(
      boolean choicesDone,
      List<RequiredPermission> planMissing,
      String planReason,
      String planAction,
      Optional<TenantOnboarding> onboarding,
      ProvisioningFacts provisioning) {
    if (choicesDone && planMissing.isEmpty() && provisioning.planned()) {
      return provisioning.matchesChoices()
          ? new StepView(
              WizardStep.PLAN,
              StepState.SAVED,
              "Planned",
              summary(onboarding),
              "Provisioning holds a plan computed from these choices; review it before applying.",
              "Review and apply the plan",
              planMissing)
          : new StepView(
              WizardStep.PLAN,
              StepState.NEEDS_ATTENTION,
              "Choices changed",
              summary(onboarding),
              "The choices changed after the plan was computed, so the plan is out of date.",
              "Compute the plan again",
              planMissing);
    }
    return new StepView(
        WizardStep.PLAN,
        choicesDone && !planMissing.isEmpty() ? StepState.NEEDS_ATTENTION : StepState.NOT_STARTED,
        choicesDone && planMissing.isEmpty() ? "Ready" : stateLabel(planMissing),
        summary(onboarding),
        planReason,
        planAction,
        planMissing);
  }

  static StepView apply(ProvisioningFacts provisioning) {
    return switch (provisioning.apply()) {
      case NONE ->
          new StepView(
              WizardStep.APPLY,
              StepState.NOT_STARTED,
              "Not started",
              "",
              provisioning.planned()
                  ? "The plan is computed; nothing has been applied to Intune yet."
                  : "Applying starts once the plan is computed and reviewed.",
              provisioning.planned() ? "Review and apply the plan" : "Compute the plan first",
              List.of());
      case RUNNING ->
          new StepView(
              WizardStep.APPLY,
              StepState.NOT_STARTED,
              "Applying",
              provisioning.applyDetail(),
              "Provisioning is applying the plan in the background.",
              "Follow the progress",
              List.of());
      case STOPPED ->
          new StepView(
              WizardStep.APPLY,
              StepState.NEEDS_ATTENTION,
              "Stopped",
              provisioning.applyDetail(),
              "The apply stopped before it finished: " + provisioning.applyDetail() + ".",
              "Resume the apply",
              List.of());
      case DONE ->
          new StepView(
              WizardStep.APPLY,
              StepState.SAVED,
              "Applied",
              provisioning.applyDetail(),
              "Every step of the plan is applied in the tenant's Intune.",
              "Confirm the app status",
              List.of());
    };
  }

  static StepView confirm(ProvisioningFacts provisioning) {
    boolean applied = provisioning.apply() == ProvisioningFacts.ApplyState.DONE;
    return new StepView(
        WizardStep.CONFIRM_APP_STATUS,
        StepState.NOT_STARTED,
        applied ? "Ready" : "Not started",
        "",
        applied
            ? "The app is assigned; read its install status from Intune per platform and state."
            : "The app's install status is read once the apply has finished.",
        applied ? "Read the install status" : "Apply first",
        List.of());
  }

  /** The step to open when the operator comes back: the first one not done (consent included). */
  public static WizardStep resumeAt(List<StepView> steps) {
    return steps.stream()
        .filter(s -> !s.isDone())
        .findFirst()
        .map(StepView::getStep)
        .orElse(WizardStep.PLAN);
  }

  static StepView consent(ConsentFacts consent) {
    ConsentStatus status = consent.status();
    return switch (status) {
      case CONSENTED ->
          view(
              WizardStep.CONSENT,
              StepState.SAVED,
              "Granted",
              "Every permission is granted.",
              "Continue to platforms",
              consent.missing());
      case PARTIAL ->
          view(
              WizardStep.CONSENT,
              StepState.NEEDS_ATTENTION,
              "Partly granted",
              "The customer's administrator granted only some permissions.",
              "Send a re-consent link",
              consent.missing());
      case DEGRADED, FAILED ->
          view(
              WizardStep.CONSENT,
              StepState.NEEDS_ATTENTION,
              status == ConsentStatus.DEGRADED ? "Revoked or narrowed" : "Failed",
              consent.reason() == null ? status.getDescription() : consent.reason(),
              status == ConsentStatus.DEGRADED || !consent.missing().isEmpty()
                  ? "Send a re-consent link"
                  : "Create a new consent link on the tenant page",
              consent.missing());
      case VERIFYING ->
          view(
              WizardStep.CONSENT,
              StepState.NOT_STARTED,
              "Being verified",
              status.getDescription(),
              "Wait for the verification (the page updates itself)",
              List.of());
      case NOT_REQUESTED ->
          view(
              WizardStep.CONSENT,
              StepState.NOT_STARTED,
              "Missing",
              "The customer's administrator has not approved the integration yet.",
              "Create and send a consent link on the tenant page",
              List.of());
    };
  }

  private static StepView view(
      WizardStep step,
      StepState state,
      String label,
      String reason,
      String action,
      List<RequiredPermission> missing) {
    return new StepView(step, state, label, "", reason, action, missing);
  }

  private static StepView platforms(Optional<TenantOnboarding> o, ConsentFacts consent) {
    return choice(
        WizardStep.PLATFORMS,
        o.map(TenantOnboarding::getPlatformsState).orElse(StepState.NOT_STARTED),
        o.map(x -> x.getPlatformsText() + " · threat level " + x.getThreatLevel().getLabel())
            .filter(x -> !o.get().getPlatforms().isEmpty())
            .orElse(""),
        o.map(TenantOnboarding::getPlatformsReason).orElse(null),
        "Choose iOS, Android or both",
        "Check the warning, then save again",
        consent);
  }

  private static StepView frequency(Optional<TenantOnboarding> o, ConsentFacts consent) {
    StepState state = o.map(TenantOnboarding::getFrequencyState).orElse(StepState.NOT_STARTED);
    return choice(
        WizardStep.SYNC_FREQUENCY,
        state,
        state == StepState.NOT_STARTED ? "" : o.get().getSyncFrequency().getLabel(),
        null,
        "Choose how often to sync (default: every hour)",
        "Choose again",
        consent);
  }

  private static StepView groups(Optional<TenantOnboarding> o, ConsentFacts consent) {
    return choice(
        WizardStep.GROUP_TARGETING,
        o.map(TenantOnboarding::getGroupsState).orElse(StepState.NOT_STARTED),
        summary(o),
        o.map(TenantOnboarding::getGroupsReason).orElse(null),
        "Search the tenant's groups and include at least one user group",
        "Fix the flagged groups",
        consent);
  }

  private static StepView choice(
      WizardStep step,
      StepState saved,
      String summary,
      String reason,
      String firstAction,
      String fixAction,
      ConsentFacts consent) {
    List<RequiredPermission> missing = missingFor(step, consent);
    if (!consent.granted()) {
      return new StepView(
          step,
          saved == StepState.SAVED ? StepState.NEEDS_ATTENTION : saved,
          saved == StepState.NOT_STARTED ? "Not started" : "Waiting for consent",
          summary,
          "This step reads the tenant through Microsoft Graph, which needs the customer's admin"
              + " consent first.",
          "Get consent (step 1)",
          List.of());
    }
    if (!missing.isEmpty()) {
      return new StepView(
          step,
          StepState.NEEDS_ATTENTION,
          "Permission missing",
          summary,
          "This step needs permissions the tenant has not granted.",
          "Send a re-consent link",
          missing);
    }
    String action =
        switch (saved) {
          case NOT_STARTED -> firstAction;
          case NEEDS_ATTENTION -> fixAction;
          case SAVED -> "Continue to the next step";
        };
    return new StepView(step, saved, saved.getLabel(), summary, reason, action, List.of());
  }

  private static List<RequiredPermission> missingFor(WizardStep step, ConsentFacts consent) {
    if (!consent.verified()) {
      return List.of();
    }
    return consent.missing().stream().filter(p -> step.needs().contains(p.getFeature())).toList();
  }

  private static String stateLabel(List<RequiredPermission> missing) {
    return missing.isEmpty() ? "Not started" : "Permission missing";
  }

  private static String summary(Optional<TenantOnboarding> o) {
    if (o.isEmpty() || (o.get().getIncluded().isEmpty() && o.get().getExcluded().isEmpty())) {
      return "";
    }
    TenantOnboarding x = o.get();
    String text = x.getIncluded().size() + " included, " + x.getExcluded().size() + " excluded";
    if (x.getScope().getUsers() != null) {
      text +=
          " · "
              + x.getScope().getUsers()
              + " users, "
              + x.getScope().getDevices()
              + " devices in scope";
    }
    return text;
  }
}
