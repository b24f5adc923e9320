package com.mtdconnect.platform;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * One thing the start-up benchmark measures: a WAR and the JVM options Payara Micro runs it with
 * ("before": the WAR and options of an older commit; "after": the current ones).
 */
record StartupVariant(String label, File war, List<String> jvmOptions) {

  StartupVariant {
    if (!war.isFile()) {
      throw new IllegalArgumentException(label + ": no WAR at " + war.getAbsolutePath());
    }
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** Splits a blank-separated option string, as a shell would for options without quotes. */
  static List<String> options(String blankSeparated) {
    return Arrays.stream(blankSeparated.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public String toString() {
    return label + " (" + war + ", " + String.join(" ", jvmOptions) + ")";
  }
}
