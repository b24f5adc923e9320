package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.provisioning.entity.FieldChange;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.TargetGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assignments after apply: Intune's assign replaces the whole set, so the set we post keeps what
 * others assigned, replaces every target on one of our groups with ours, and drops the groups we
 * targeted before that the intent no longer names.
 */
public final class AssignmentMerge {

  private AssignmentMerge() {}

  /**
   * @param formerlyOurs group ids the last applied intent targeted
   */
  public static List<AssignmentTarget> merged(
      List<AssignmentTarget> existing, ProvisioningIntent intent, Set<String> formerlyOurs) {
    Set<String> ourGroups = new HashSet<>();
    intent.included().forEach(g -> ourGroups.add(g.groupId()));
    intent.excluded().forEach(g -> ourGroups.add(g.groupId()));
    List<AssignmentTarget> result = new ArrayList<>();
    for (AssignmentTarget t : existing) {
      boolean group = t.kind() == AssignmentTarget.Kind.GROUP;
      if (group && (ourGroups.contains(t.groupId()) || formerlyOurs.contains(t.groupId()))) {
        continue;
      }
      result.add(t);
    }
    for (TargetGroup g : intent.included()) {
      result.add(AssignmentTarget.include(g.groupId()));
    }
    for (TargetGroup g : intent.excluded()) {
      result.add(AssignmentTarget.exclude(g.groupId()));
    }
    return result;
  }

  /** Whether two sets assign the same targets with the same intents, whatever the order. */
  public static boolean same(List<AssignmentTarget> a, List<AssignmentTarget> b) {
    return keys(a).equals(keys(b));
  }

  private static Map<String, String> keys(List<AssignmentTarget> targets) {
    Map<String, String> keys = new LinkedHashMap<>();
    targets.forEach(t -> keys.put(t.targetKey(), t.excluded() ? "" : t.appIntent()));
    return new java.util.TreeMap<>(keys);
  }

  /** The added and removed targets, named with the intent's group names where known. */
  public static List<FieldChange> changes(
      List<AssignmentTarget> before, List<AssignmentTarget> after, ProvisioningIntent intent) {
    Map<String, String> names = new LinkedHashMap<>();
    intent.included().forEach(g -> names.put(g.groupId(), g.displayName()));
    intent.excluded().forEach(g -> names.put(g.groupId(), g.displayName()));
    Map<String, String> b = keys(before);
    Map<String, String> a = keys(after);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (AssignmentTarget t : after) {
      if (!a.get(t.targetKey()).equals(b.get(t.targetKey()))) {
        added.add(describe(t, names));
      }
    }
    for (AssignmentTarget t : before) {
      if (!b.get(t.targetKey()).equals(a.get(t.targetKey()))) {
        removed.add(describe(t, names));
      }
    }
    List<FieldChange> changes = new ArrayList<>();
    if (!added.isEmpty()) {
      changes.add(new FieldChange("assign", "", String.join(", ", added)));
    }
    if (!removed.isEmpty()) {
      changes.add(new FieldChange("unassign", String.join(", ", removed), ""));
    }
    return changes;
  }

  private static String describe(AssignmentTarget t, Map<String, String> names) {
    return switch (t.kind()) {
      case ALL_LICENSED_USERS -> "all users";
      case ALL_DEVICES -> "all devices";
      case GROUP ->
          (t.excluded() ? "exclude " : "include ") + names.getOrDefault(t.groupId(), t.groupId());
    };
  }
}
