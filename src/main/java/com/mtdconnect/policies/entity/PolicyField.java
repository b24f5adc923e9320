package com.mtdconnect.policies.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The settings Intune enforces through the compliance policy, each with its key in {@link
 * PolicyValues}, its label and the values it takes. The app configuration keys the MSP defines are
 * not listed here: they are free keys under {@link #APP_PREFIX}.
 */
public enum PolicyField {
  THREAT_LEVEL(
      "threatLevel",
      "Highest device threat level that stays compliant",
      Kind.CHOICE,
      List.of("secured", "low", "medium", "high")),
  BLOCK_JAILBROKEN(
      "blockJailbroken",
      "Block jailbroken or rooted devices",
      Kind.YES_NO,
      List.of("true", "false")),
  OS_MINIMUM_VERSION(
      "osMinimumVersion", "Minimum OS version (empty: any)", Kind.VERSION, List.of()),
  PASSCODE_REQUIRED(
      "passcodeRequired", "Require a passcode", Kind.YES_NO, List.of("true", "false")),
  PASSCODE_MINIMUM_LENGTH(
      "passcodeMinimumLength", "Minimum passcode length (4 to 16)", Kind.NUMBER, List.of()),
  NON_COMPLIANCE_ACTION(
      "nonComplianceAction",
      "When a device is not compliant",
      Kind.CHOICE,
      List.of("block", "retire")),
  GRACE_PERIOD_DAYS(
      "gracePeriodDays", "Grace period before the action (days, 0 to 365)", Kind.NUMBER, List.of());

  /** The prefix of the app configuration keys in {@link PolicyValues}. */
  public static final String APP_PREFIX = "app.";

  /** How a field is entered. */
  public enum Kind {
    CHOICE,
    YES_NO,
    VERSION,
    NUMBER
  }

  private final String key;
  private final String label;
  private final Kind kind;
  private final List<String> choices;

  PolicyField(String key, String label, Kind kind, List<String> choices) {
    this.key = key;
    this.label = label;
    this.kind = kind;
    this.choices = choices;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public List<String> choices() {
    return choices;
  }

  public static Optional<PolicyField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /** The label of any key: the field's, or "App setting x" for an app configuration key. */
  public static String labelOf(String key) {
    return byKey(key)
        .map(PolicyField::label)
        .orElse(
            key.startsWith(APP_PREFIX) ? "App setting " + key.substring(APP_PREFIX.length()) : key);
  }

  /** A value as the page shows it (yes/no for booleans, "any" for an empty version). */
  public static String show(String key, String value) {
    if (value == null) {
      return "(not set)";
    }
    Optional<PolicyField> field = byKey(key);
    if (field.isPresent() && field.get().kind == Kind.YES_NO) {
      return "true".equals(value) ? "Yes" : "No";
    }
    if (field.isPresent() && field.get().kind == Kind.VERSION && value.isEmpty()) {
      return "any";
    }
    return value;
  }
}
