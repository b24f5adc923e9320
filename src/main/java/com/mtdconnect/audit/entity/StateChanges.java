package com.mtdconnect.audit.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the before and after snapshots of an audit event into fields a person reads: the field's
 * name in words, the old and the new value in full, codes as words ({@code CONSENT_PENDING} →
 * "Consent pending"), lists as lists ("Missing: User.Read.All, Device.Read.All").
 */
public final class StateChanges {

  /**
   * Made once: each {@code Json.createReader} call looks the provider up again (a ServiceLoader
   * scan).
   */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private StateChanges() {}

  /** The fields whose value differs, in the order the snapshots name them. */
  public static List<ChangedField> between(String beforeJson, String afterJson) {
    JsonObject before = parse(beforeJson);
    JsonObject after = parse(afterJson);
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<ChangedField> changes = new ArrayList<>();
    for (String field : fields) {
      ChangedValue was = readable(field, before.get(field));
      ChangedValue now = readable(field, after.get(field));
      if (!was.equals(now)) {
        // a value that is itself a move ("Invited → Consent pending") needs no "— →" before it
        boolean onlyAfter = before.isEmpty() || (was.isAbsent() && isMove(now));
        changes.add(new ChangedField(field, was, now, onlyAfter));
      }
    }
    return changes;
  }

  private static boolean isMove(ChangedValue value) {
    return !value.isList()
        && value.getItems().size() == 1
        && value.getItems().get(0).contains(" → ");
  }

  private static JsonObject parse(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = READERS.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static ChangedValue readable(String field, JsonValue value) {
    if (value == null) {
      return ChangedValue.NONE;
    }
    return switch (value.getValueType()) {
      case ARRAY -> listOf(field, value.asJsonArray());
      case OBJECT -> entriesOf(field, value.asJsonObject());
      default -> ChangedValue.single(text(field, value));
    };
  }

  private static ChangedValue listOf(String field, JsonArray array) {
    List<String> items = new ArrayList<>();
    for (JsonValue item : array) {
      String text = text(field, item);
      if (!text.isEmpty()) {
        items.add(text);
      }
    }
    return items.isEmpty() ? ChangedValue.NONE : new ChangedValue(items, true);
  }

  /** A nested object as "key: value" entries. */
  private static ChangedValue entriesOf(String field, JsonObject object) {
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      ChangedValue value = readable(entry.getKey(), entry.getValue());
      items.add(ReadableCodes.fieldName(entry.getKey()) + ": " + value);
    }
    return items.isEmpty() ? ChangedValue.NONE : new ChangedValue(items, true);
  }

  private static String text(String field, JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> "";
      case TRUE -> "yes";
      case FALSE -> "no";
      case NUMBER -> ((JsonNumber) value).toString();
      case STRING -> ReadableCodes.value(field, ((JsonString) value).getString());
      default -> value.toString();
    };
  }
}
