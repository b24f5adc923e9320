package com.mtdconnect.policies.control;

import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.policies.entity.DriftedField;
import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.provisioning.entity.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drift: what a tenant's Intune holds in our compliance policy against the values we published,
 * field by field, for the fields we manage only. A field we manage is one the publish writes: the
 * threat level, jailbreak block, minimum OS version (when we set one), passcode required and its
 * length (when a passcode is required), and the threat level gating being on. Anything else on the
 * object (fields we never write, the display name, assignments) is not drift. The non-compliance
 * action and its grace period cannot be compared: Intune takes them on create only and does not
 * give them back (graph-contracts §7.1). The app configuration keys the policy defines are compared
 * with the app configuration of our app, key by key ({@link #compareConfiguration}). Pure: no I/O.
 */
public final class PolicyDrift {
  private PolicyDrift() {}

  /** Our compliance policy among those Intune holds: by our marker, else by the id we published. */
  public static Optional<IntuneObject> ours(
      List<IntuneObject> compliancePolicies, Platform platform, String publishedObjectId) {
    return PolicyObjects.ours(compliancePolicies, platform)
        .or(
            () ->
                compliancePolicies.stream()
                    .filter(o -> !publishedObjectId.isEmpty())
                    .filter(o -> o.id().equals(publishedObjectId))
                    .findFirst());
  }

  /**
   * The drifted fields; empty when Intune holds the published values (or nothing was published).
   */
  public static List<DriftedField> compare(
      Platform platform, PolicyValues published, Optional<IntuneObject> held) {
    if (published.asMap().isEmpty()) {
      return List.of();
    }
    if (held.isEmpty()) {
      return List.of(
          new DriftedField(DriftedField.OBJECT, "published", "not found: deleted in Intune"));
    }
    Map<String, String> expected =
        PolicyObjects.compliance(platform, published, "").managedFields();
    Map<String, String> found = held.get().fields();
    List<DriftedField> drifted = new ArrayList<>();
    if (!"true".equals(found.getOrDefault("deviceThreatProtectionEnabled", ""))) {
      drifted.add(new DriftedField(DriftedField.THREAT_PROTECTION, "on", "off"));
    }
    graphNames(platform)
        .forEach(
            (graphName, field) -> {
              if (expected.containsKey(graphName)) {
                String want = expected.get(graphName);
                String got = found.getOrDefault(graphName, "");
                if (!want.equals(got)) {
                  drifted.add(new DriftedField(field.key(), published.get(field), got));
                }
              }
            });
    return drifted;
  }

  /**
   * The drifted app configuration keys: for every key the policy published, the value the app
   * configuration of our app holds (a key removed in Intune drifts to empty); the app configuration
   * gone is one drift. Keys the policy does not define (the catalogue's, an administrator's) never
   * drift.
   */
  public static List<DriftedField> compareConfiguration(
      PolicyValues published, Optional<IntuneObject> held) {
    Map<String, String> ours = published.appSettings();
    if (ours.isEmpty()) {
      return List.of();
    }
    if (held.isEmpty()) {
      return List.of(
          new DriftedField(
              DriftedField.CONFIGURATION, "published", "not found: deleted in Intune"));
    }
    Map<String, String> holds = held.get().settings();
    List<DriftedField> drifted = new ArrayList<>();
    ours.forEach(
        (key, value) -> {
          String got = holds.getOrDefault(key, "");
          if (!value.equals(got)) {
            drifted.add(new DriftedField(PolicyField.APP_PREFIX + key, value, got));
          }
        });
    return drifted;
  }

  /** The Graph property behind each policy field we can read back, per platform. */
  static Map<String, PolicyField> graphNames(Platform platform) {
    boolean ios = platform == Platform.IOS;
    Map<String, PolicyField> names = new LinkedHashMap<>();
    names.put("deviceThreatProtectionRequiredSecurityLevel", PolicyField.THREAT_LEVEL);
    names.put("securityBlockJailbrokenDevices", PolicyField.BLOCK_JAILBROKEN);
    names.put("osMinimumVersion", PolicyField.OS_MINIMUM_VERSION);
    names.put(ios ? "passcodeRequired" : "passwordRequired", PolicyField.PASSCODE_REQUIRED);
    names.put(
        ios ? "passcodeMinimumLength" : "passwordMinimumLength",
        PolicyField.PASSCODE_MINIMUM_LENGTH);
    return names;
  }
}
