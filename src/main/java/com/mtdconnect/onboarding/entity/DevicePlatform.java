package com.mtdconnect.onboarding.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A mobile platform the integration protects in a tenant. */
public enum DevicePlatform {
  IOS("iOS"),
  ANDROID("Android");

  private final String label;

  DevicePlatform(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public String getName() {
    return name();
  }

  /** Platforms from a stored comma-separated list; unknown names are left out. */
  public static Set<DevicePlatform> parse(String names) {
    Set<DevicePlatform> result = EnumSet.noneOf(DevicePlatform.class);
    if (names != null) {
      for (String name : names.split(",")) {
        Arrays.stream(values()).filter(p -> p.name().equals(name.trim())).forEach(result::add);
      }
    }
    return result;
  }

  /** The comma-separated list {@link #parse} reads, in declaration order. */
  public static String join(Set<DevicePlatform> platforms) {
    return Arrays.stream(values())
        .filter(platforms::contains)
        .map(DevicePlatform::name)
        .collect(Collectors.joining(","));
  }

  /** "iOS and Android", "iOS" or "none". */
  public static String describe(Set<DevicePlatform> platforms) {
    List<String> labels =
        Arrays.stream(values()).filter(platforms::contains).map(DevicePlatform::getLabel).toList();
    return labels.isEmpty() ? "none" : String.join(" and ", labels);
  }
}
