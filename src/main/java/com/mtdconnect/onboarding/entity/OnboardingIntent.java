package com.mtdconnect.onboarding.entity;

import java.util.List;
import java.util.Set;

/**
 * What the operator chose for a tenant, in the shape provisioning's {@code ProvisioningIntent}
 * takes (platforms, included and excluded user groups, threat level), so the wizard's last steps
 * can hand it over as it is.
 */
public record OnboardingIntent(
    Set<DevicePlatform> platforms,
    List<IntentGroup> included,
    List<IntentGroup> excluded,
    DeviceThreatLevel threatLevel) {

  /** A targeted Entra group: its object id and display name. */
  public record IntentGroup(String groupId, String displayName) {}

  public OnboardingIntent {
    platforms = Set.copyOf(platforms);
    included = List.copyOf(included);
    excluded = List.copyOf(excluded);
  }

  public static OnboardingIntent of(TenantOnboarding onboarding) {
    return new OnboardingIntent(
        onboarding.getPlatforms(),
        onboarding.getIncluded().stream()
            .map(g -> new IntentGroup(g.getGroupId(), g.getDisplayName()))
            .toList(),
        onboarding.getExcluded().stream()
            .map(g -> new IntentGroup(g.getGroupId(), g.getDisplayName()))
            .toList(),
        onboarding.getThreatLevel());
  }
}
