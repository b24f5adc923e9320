package com.mtdconnect.policies.control;

import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.provisioning.control.DesiredState;
import com.mtdconnect.provisioning.control.Planner;
import com.mtdconnect.provisioning.entity.FieldChange;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a tenant policy's Intune-enforced settings map onto the compliance policy we publish (one per
 * tenant and platform, carrying the marker {@code policy.<platform>.compliance}), how its app
 * configuration keys go into the app configuration provisioning created for our app (marker {@code
 * <platform>.config}), and the plan lines against what the tenant's Intune holds: create, update
 * (the changed fields), or unchanged. Pure: no I/O.
 */
public final class PolicyObjects {
  private PolicyObjects() {}

  /** The object key of our marker on the published compliance policy. */
  public static String objectKey(Platform platform) {
    return "policy." + platform.key() + ".compliance";
  }

  /** The object key of the app configuration provisioning creates, which carries our keys. */
  public static String configurationKey(Platform platform) {
    return DesiredState.objectKey(platform, IntuneObjectKind.APP_CONFIGURATION);
  }

  /** Our app configuration among the tenant's, by provisioning's marker. */
  public static Optional<IntuneObject> ourConfiguration(
      List<IntuneObject> configurations, Platform p) {
    return configurations.stream()
        .filter(o -> o.kind() == IntuneObjectKind.APP_CONFIGURATION)
        .filter(o -> o.markerKey().equals(Optional.of(configurationKey(p))))
        .findFirst();
  }

  /**
   * What publishing the app configuration keys would do: nothing to publish (the policy defines no
   * key: empty), blocked (provisioning has not created the app configuration yet), unchanged, or
   * update with each changed key. The update keeps every key the policy does not define (the
   * catalogue's, an administrator's) as Intune holds it.
   */
  public static Optional<ConfigStep> configStep(
      Platform platform, Map<String, String> appSettings, Optional<IntuneObject> held) {
    if (appSettings.isEmpty()) {
      return Optional.empty();
    }
    if (held.isEmpty()) {
      return Optional.of(new ConfigStep(PlanAction.BLOCKED, List.of(), null, ""));
    }
    Map<String, String> holds = held.get().settings();
    List<FieldChange> changes = new ArrayList<>();
    appSettings.forEach(
        (key, value) -> {
          String before = holds.getOrDefault(key, "");
          if (!before.equals(value)) {
            changes.add(new FieldChange(key, before, value));
          }
        });
    Map<String, String> merged = new TreeMap<>(holds);
    merged.putAll(appSettings);
    IntuneObjectSpec spec =
        IntuneObjectSpec.appConfiguration(
            platform == Platform.IOS ? MobilePlatform.IOS : MobilePlatform.ANDROID_ENTERPRISE,
            configurationKey(platform),
            held.get().displayName(),
            held.get().fields().getOrDefault("packageId", ""),
            "",
            merged);
    return Optional.of(
        new ConfigStep(
            changes.isEmpty() ? PlanAction.UNCHANGED : PlanAction.UPDATE,
            changes,
            spec,
            held.get().id()));
  }

  /** The app configuration's part of a publish: its action, changed keys and what to write. */
  public record ConfigStep(
      PlanAction action, List<FieldChange> changes, IntuneObjectSpec spec, String objectId) {

    public static final String BLOCKED_REASON =
        "the app configuration of our app is not in this tenant's Intune yet: apply provisioning"
            + " for this platform first, then publish";

    public String describe() {
      return switch (action) {
        case BLOCKED -> "Blocked: " + BLOCKED_REASON;
        case UNCHANGED -> "app configuration unchanged";
        default ->
            "app configuration: "
                + String.join("; ", changes.stream().map(FieldChange::describe).toList());
      };
    }
  }

  public static IntuneObjectSpec compliance(Platform platform, PolicyValues values, String name) {
    boolean ios = platform == Platform.IOS;
    Map<String, String> enforced = new TreeMap<>();
    String os = values.get(PolicyField.OS_MINIMUM_VERSION);
    if (!os.isEmpty()) {
      enforced.put("osMinimumVersion", os);
    }
    enforced.put("securityBlockJailbrokenDevices", values.get(PolicyField.BLOCK_JAILBROKEN));
    boolean passcode = "true".equals(values.get(PolicyField.PASSCODE_REQUIRED));
    enforced.put(ios ? "passcodeRequired" : "passwordRequired", String.valueOf(passcode));
    if (passcode) {
      enforced.put(
          ios ? "passcodeMinimumLength" : "passwordMinimumLength",
          values.get(PolicyField.PASSCODE_MINIMUM_LENGTH));
    }
    return IntuneObjectSpec.compliancePolicy(
        ios ? MobilePlatform.IOS : MobilePlatform.ANDROID_ENTERPRISE,
        objectKey(platform),
        name,
        values.get(PolicyField.THREAT_LEVEL),
        enforced,
        values.get(PolicyField.NON_COMPLIANCE_ACTION),
        Integer.parseInt(values.get(PolicyField.GRACE_PERIOD_DAYS)) * 24);
  }

  /** Ours among the tenant's compliance policies, by marker. */
  public static Optional<IntuneObject> ours(List<IntuneObject> compliancePolicies, Platform p) {
    return compliancePolicies.stream()
        .filter(o -> o.kind() == IntuneObjectKind.COMPLIANCE_POLICY)
        .filter(o -> o.markerKey().equals(Optional.of(objectKey(p))))
        .findFirst();
  }

  /** What publishing would do: create, update with the changed fields, or nothing. */
  public record Step(PlanAction action, List<FieldChange> changes, String objectId) {

    public String describe() {
      return switch (action) {
        case CREATE -> "Create the compliance policy";
        case UNCHANGED -> "Unchanged: Intune holds these values";
        default ->
            "Update " + String.join("; ", changes.stream().map(FieldChange::describe).toList());
      };
    }
  }

  public static Step step(IntuneObjectSpec spec, Optional<IntuneObject> existing) {
    if (existing.isEmpty()) {
      return new Step(PlanAction.CREATE, new ArrayList<>(), "");
    }
    List<FieldChange> changes = Planner.changedFields(spec, existing.get());
    return new Step(
        changes.isEmpty() ? PlanAction.UNCHANGED : PlanAction.UPDATE, changes, existing.get().id());
  }
}
