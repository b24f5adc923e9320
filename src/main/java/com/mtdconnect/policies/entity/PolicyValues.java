package com.mtdconnect.policies.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of a policy as field key → value text: the {@link PolicyField}s in their order, then
 * the app configuration keys ({@code app.<key>}) sorted. Immutable.
 */
public final class PolicyValues {
  private final Map<String, String> values;

  private PolicyValues(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(ordered(values));
  }

  public static PolicyValues of(Map<String, String> values) {
    return new PolicyValues(values);
  }

  public static PolicyValues empty() {
    return new PolicyValues(Map.of());
  }

  private static Map<String, String> ordered(Map<String, String> in) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PolicyField f : PolicyField.values()) {
      if (in.containsKey(f.key())) {
        out.put(f.key(), in.get(f.key()));
      }
    }
    new TreeMap<>(in)
        .forEach(
            (k, v) -> {
              if (PolicyField.byKey(k).isEmpty()) {
                out.put(k, v);
              }
            });
    return out;
  }

  public Map<String, String> asMap() {
    return values;
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String get(PolicyField field) {
    return values.getOrDefault(field.key(), "");
  }

  /** These values with the overrides laid over them (an override of an unknown key adds it). */
  public PolicyValues overriddenBy(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    merged.putAll(overrides);
    return new PolicyValues(merged);
  }

  /** The app configuration keys (without the prefix) and their values, sorted by key. */
  public Map<String, String> appSettings() {
    Map<String, String> app = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(PolicyField.APP_PREFIX)) {
            app.put(k.substring(PolicyField.APP_PREFIX.length()), v);
          }
        });
    return app;
  }

  /** Every field whose value differs between these values (before) and {@code after}. */
  public List<ValueChange> changesTo(PolicyValues after) {
    List<ValueChange> changes = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>(values);
    after.values.forEach(keys::putIfAbsent);
    for (String key : ordered(keys).keySet()) {
      String before = values.get(key);
      String now = after.values.get(key);
      if (before == null ? now != null : !before.equals(now)) {
        changes.add(new ValueChange(key, before, now));
      }
    }
    return changes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyValues other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
