package com.mtdconnect.provisioning.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the operator chose for a tenant, handed to provisioning when the wizard reaches "Plan".
 *
 * @param platforms at least one
 * @param included user groups that get the app, its configuration and the compliance policy
 * @param excluded user groups left out even when members of an included group
 */
public record ProvisioningIntent(
    Set<Platform> platforms,
    List<TargetGroup> included,
    List<TargetGroup> excluded,
    ThreatLevel threatLevel) {

  public ProvisioningIntent {
    if (platforms == null || platforms.isEmpty()) {
      throw new IntentRejected("Choose at least one platform (iOS or Android).");
    }
    if (threatLevel == null) {
      throw new IntentRejected("Choose the threat level the compliance policy requires.");
    }
    platforms = Set.copyOf(EnumSet.copyOf(platforms));
    included = included == null ? List.of() : List.copyOf(included);
    excluded = excluded == null ? List.of() : List.copyOf(excluded);
    if (included.isEmpty()) {
      throw new IntentRejected("Choose at least one group that gets the app.");
    }
    for (TargetGroup g : excluded) {
      if (included.stream().anyMatch(i -> i.groupId().equals(g.groupId()))) {
        throw new IntentRejected(
            "The group " + g.displayName() + " cannot be both included and excluded.");
      }
    }
  }
}
