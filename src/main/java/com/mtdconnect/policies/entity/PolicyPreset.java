package com.mtdconnect.policies.entity;

import com.mtdconnect.provisioning.entity.Platform;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starting points by strength. A policy is "custom" when its values match no preset; which preset a
 * policy is, is derived from its values, never stored.
 */
public enum PolicyPreset {
  BASELINE("Baseline", "Blocks only devices at high threat and jailbroken ones; warns first."),
  STANDARD("Standard", "Medium threat blocks; recent OS and a 6-digit passcode; one day's grace."),
  STRICT("Strict", "Any threat above low blocks at once; current OS, 8-digit passcode.");

  private final String label;
  private final String description;

  PolicyPreset(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }

  public String getName() {
    return name();
  }

  /** The preset's values for a platform. */
  public PolicyValues values(Platform platform) {
    boolean ios = platform == Platform.IOS;
    Map<String, String> v = new LinkedHashMap<>();
    switch (this) {
      case BASELINE -> {
        v.put(PolicyField.THREAT_LEVEL.key(), "high");
        v.put(PolicyField.BLOCK_JAILBROKEN.key(), "true");
        v.put(PolicyField.OS_MINIMUM_VERSION.key(), "");
        v.put(PolicyField.PASSCODE_REQUIRED.key(), "false");
        v.put(PolicyField.PASSCODE_MINIMUM_LENGTH.key(), "4");
        v.put(PolicyField.NON_COMPLIANCE_ACTION.key(), "block");
        v.put(PolicyField.GRACE_PERIOD_DAYS.key(), "3");
        app(v, "on", "off", "off", "notify");
      }
      case STANDARD -> {
        v.put(PolicyField.THREAT_LEVEL.key(), "medium");
        v.put(PolicyField.BLOCK_JAILBROKEN.key(), "true");
        v.put(PolicyField.OS_MINIMUM_VERSION.key(), ios ? "17.0" : "13");
        v.put(PolicyField.PASSCODE_REQUIRED.key(), "true");
        v.put(PolicyField.PASSCODE_MINIMUM_LENGTH.key(), "6");
        v.put(PolicyField.NON_COMPLIANCE_ACTION.key(), "block");
        v.put(PolicyField.GRACE_PERIOD_DAYS.key(), "1");
        app(v, "on", "on", "on", "notify");
      }
      case STRICT -> {
        v.put(PolicyField.THREAT_LEVEL.key(), "low");
        v.put(PolicyField.BLOCK_JAILBROKEN.key(), "true");
        v.put(PolicyField.OS_MINIMUM_VERSION.key(), ios ? "18.0" : "14");
        v.put(PolicyField.PASSCODE_REQUIRED.key(), "true");
        v.put(PolicyField.PASSCODE_MINIMUM_LENGTH.key(), "8");
        v.put(PolicyField.NON_COMPLIANCE_ACTION.key(), "block");
        v.put(PolicyField.GRACE_PERIOD_DAYS.key(), "0");
        app(v, "on", "on", "on", "block");
      }
    }
    return PolicyValues.of(v);
  }

  private static void app(
      Map<String, String> v, String scan, String web, String wifi, String onThreat) {
    v.put(PolicyField.APP_PREFIX + "maliciousAppScan", scan);
    v.put(PolicyField.APP_PREFIX + "webProtection", web);
    v.put(PolicyField.APP_PREFIX + "wifiProtection", wifi);
    v.put(PolicyField.APP_PREFIX + "onThreat", onThreat);
  }

  /** The preset these values are exactly, if any ("custom" otherwise). */
  public static Optional<PolicyPreset> matching(Platform platform, PolicyValues values) {
    return Arrays.stream(values()).filter(p -> p.values(platform).equals(values)).findFirst();
  }

  /** "Standard" or "Custom": what the page shows as the policy's strength. */
  public static String labelOf(Platform platform, PolicyValues values) {
    return matching(platform, values).map(PolicyPreset::getLabel).orElse("Custom");
  }
}
