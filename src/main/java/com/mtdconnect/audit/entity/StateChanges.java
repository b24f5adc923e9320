package com.mtdconnect.audit.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the before and after snapshots of an audit event into lines a person reads: "notes: — →
 * Call Monday".
 */
public final class StateChanges {
  private static final int MAX_VALUE_LENGTH = 80;

  private StateChanges() {}

  public static List<String> between(String beforeJson, String afterJson) {
    JsonObject before = parse(beforeJson);
    JsonObject after = parse(afterJson);
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<String> lines = new ArrayList<>();
    for (String field : fields) {
      String was = show(before.get(field));
      String now = show(after.get(field));
      if (!was.equals(now)) {
        lines.add(words(field) + ": " + (before.isEmpty() ? now : was + " → " + now));
      }
    }
    return lines;
  }

  private static JsonObject parse(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String show(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "—";
    }
    String text =
        value.getValueType() == JsonValue.ValueType.STRING
            ? ((jakarta.json.JsonString) value).getString()
            : value.toString();
    if (text.isEmpty()) {
      return "—";
    }
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
  }

  /** "contactEmail" → "contact email". */
  static String words(String camelCase) {
    return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
