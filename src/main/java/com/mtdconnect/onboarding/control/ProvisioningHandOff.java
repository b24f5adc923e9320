package com.mtdconnect.onboarding.control;

import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.OnboardingIntent;
import com.mtdconnect.onboarding.entity.ProvisioningFacts;
import com.mtdconnect.onboarding.entity.ProvisioningFacts.ApplyState;
import com.mtdconnect.provisioning.entity.PlanPurpose;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.provisioning.entity.ProvisioningRun;
import com.mtdconnect.provisioning.entity.RunState;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates between the wizard's choices and provisioning: the intent handed over at the plan
 * step, and provisioning's stored intent and latest run read back as the wizard's facts.
 */
public final class ProvisioningHandOff {

  private ProvisioningHandOff() {}

  /** The wizard's choices as provisioning's intent. */
  public static ProvisioningIntent intentOf(OnboardingIntent choices) {
    Set<Platform> platforms =
        choices.platforms().stream()
            .map(ProvisioningHandOff::platformOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
    return new ProvisioningIntent(
        platforms,
        choices.included().stream()
            .map(g -> new TargetGroup(g.groupId(), g.displayName()))
            .toList(),
        choices.excluded().stream()
            .map(g -> new TargetGroup(g.groupId(), g.displayName()))
            .toList(),
        ThreatLevel.valueOf(choices.threatLevel().name()));
  }

  /** Provisioning's state for the wizard's last three steps. */
  public static ProvisioningFacts factsOf(
      Optional<OnboardingIntent> choices,
      Optional<ProvisioningIntent> planned,
      ProvisioningProgress progress) {
    boolean matches =
        planned.isPresent()
            && choices.isPresent()
            && sameTargets(intentOf(choices.get()), planned.get());
    Optional<ProvisioningRun> run =
        progress.latest().filter(r -> r.getPurpose() == PlanPurpose.PROVISION);
    if (run.isEmpty()) {
      return new ProvisioningFacts(planned.isPresent(), matches, ApplyState.NONE, "");
    }
    ProvisioningRun latest = run.get();
    String steps = latest.finishedSteps() + " of " + latest.getSteps().size() + " steps finished";
    if (progress.isStale() || latest.getState() == RunState.STOPPED) {
      String why =
          progress.isStale()
              ? "the node running it stopped"
              : Optional.ofNullable(latest.getReason()).orElse("it stopped");
      return new ProvisioningFacts(
          planned.isPresent(), matches, ApplyState.STOPPED, steps + "; stopped: " + why);
    }
    return new ProvisioningFacts(
        planned.isPresent(),
        matches,
        latest.getState() == RunState.DONE ? ApplyState.DONE : ApplyState.RUNNING,
        steps);
  }

  private static boolean sameTargets(ProvisioningIntent a, ProvisioningIntent b) {
    return a.platforms().equals(b.platforms())
        && a.threatLevel() == b.threatLevel()
        && ids(a.included()).equals(ids(b.included()))
        && ids(a.excluded()).equals(ids(b.excluded()));
  }

  private static Set<String> ids(java.util.List<TargetGroup> groups) {
    return groups.stream().map(TargetGroup::groupId).collect(Collectors.toSet());
  }

  private static Platform platformOf(DevicePlatform platform) {
    return switch (platform) {
      case IOS -> Platform.IOS;
      case ANDROID -> Platform.ANDROID;
    };
  }
}
