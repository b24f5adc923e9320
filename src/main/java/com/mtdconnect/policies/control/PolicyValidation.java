package com.mtdconnect.policies.control;

import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.provisioning.entity.Platform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses settings no device could comply with or Intune would not take: one pure function, run by
 * the page (to show the message on the field) and by the boundary (so nothing invalid is stored).
 */
public final class PolicyValidation {

  /**
   * The newest major release of each platform we know of; a minimum above it locks every device
   * out. Raised when Apple or Google ship a new major release.
   */
  static final Map<Platform, Integer> NEWEST_MAJOR = Map.of(Platform.IOS, 26, Platform.ANDROID, 16);

  private static final Pattern VERSION = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,2}");
  private static final Pattern APP_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  public static final int MAX_GRACE_DAYS = 365;

  private PolicyValidation() {}

  /** Field key → what is wrong, in words; empty when the values can be saved. */
  public static Map<String, String> problems(Platform platform, PolicyValues values) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (PolicyField field : PolicyField.values()) {
      if (values.get(field.key()).isEmpty()) {
        problems.put(field.key(), field.label() + ": choose a value.");
        continue;
      }
      String v = values.get(field);
      if (!field.choices().isEmpty() && !field.choices().contains(v)) {
        problems.put(field.key(), field.label() + ": choose one of " + field.choices() + ".");
      }
    }
    osMinimum(platform, values.get(PolicyField.OS_MINIMUM_VERSION), problems);
    Integer grace =
        number(values.get(PolicyField.GRACE_PERIOD_DAYS), 0, MAX_GRACE_DAYS)
            .orElse(
                () ->
                    problems.putIfAbsent(
                        PolicyField.GRACE_PERIOD_DAYS.key(),
                        "The grace period is a whole number of days from 0 to "
                            + MAX_GRACE_DAYS
                            + " (Intune's limit)."));
    if (grace != null
        && grace == 0
        && "retire".equals(values.get(PolicyField.NON_COMPLIANCE_ACTION))) {
      problems.putIfAbsent(
          PolicyField.GRACE_PERIOD_DAYS.key(),
          "Retiring a device needs a grace period of at least 1 day, so that its user can fix the"
              + " device before it is wiped of company data.");
    }
    if ("true".equals(values.get(PolicyField.PASSCODE_REQUIRED))) {
      number(values.get(PolicyField.PASSCODE_MINIMUM_LENGTH), 4, 16)
          .orElse(
              () ->
                  problems.putIfAbsent(
                      PolicyField.PASSCODE_MINIMUM_LENGTH.key(),
                      "A required passcode has 4 to 16 characters."));
    }
    values
        .appSettings()
        .forEach(
            (key, value) -> {
              String k = PolicyField.APP_PREFIX + key;
              if (!APP_KEY.matcher(key).matches()) {
                problems.put(
                    k,
                    "App setting \""
                        + key
                        + "\": a key starts with a letter and has letters, digits, '.', '-' or"
                        + " '_' (64 at most).");
              } else if (value == null || value.isBlank()) {
                problems.put(k, "App setting " + key + ": give it a value.");
              } else if (value.length() > 256) {
                problems.put(k, "App setting " + key + ": 256 characters at most.");
              }
            });
    return problems;
  }

  private static void osMinimum(Platform platform, String version, Map<String, String> problems) {
    String key = PolicyField.OS_MINIMUM_VERSION.key();
    if (version.isEmpty() || problems.containsKey(key)) {
      return;
    }
    if (!VERSION.matcher(version).matches()) {
      problems.put(key, "Write the minimum OS version as numbers, e.g. 17.0 or 17.4.1.");
      return;
    }
    int major = Integer.parseInt(version.split("\\.")[0]);
    int newest = NEWEST_MAJOR.get(platform);
    if (major > newest) {
      problems.put(
          key,
          platform.getLabel()
              + " "
              + version
              + " does not exist yet (the newest release is "
              + newest
              + "): no device could comply.");
    }
  }

  /** The number when the text is a whole number in range. */
  private static Checked number(String text, int min, int max) {
    try {
      int n = Integer.parseInt(text.trim());
      return new Checked(n >= min && n <= max ? n : null);
    } catch (NumberFormatException e) {
      return new Checked(null);
    }
  }

  private record Checked(Integer value) {
    Integer orElse(Runnable onProblem) {
      if (value == null) {
        onProblem.run();
      }
      return value;
    }
  }
}
