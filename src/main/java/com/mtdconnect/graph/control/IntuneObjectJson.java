package com.mtdconnect.graph.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads Intune objects from Graph's JSON into {@link IntuneObject}: the fields provisioning and
 * mobile security policies manage, the app configuration's keys (iOS {@code settings} or Android's
 * base64 {@code payloadJson}), the publishing state and when Intune last changed the object.
 */
final class IntuneObjectJson {

  /** The further compliance properties mobile security policies manage (iOS and Android names). */
  private static final List<String> ENFORCED =
      List.of(
          "osMinimumVersion",
          "securityBlockJailbrokenDevices",
          "passcodeRequired",
          "passcodeMinimumLength",
          "passwordRequired",
          "passwordMinimumLength");

  private IntuneObjectJson() {}

  static IntuneObject object(IntuneObjectKind kind, JsonObject json) {
    String type = text(json, "@odata.type").replace("#microsoft.graph.", "");
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, json, "displayName");
    switch (kind) {
      case MOBILE_APP -> {
        put(fields, json, "publisher");
        put(fields, json, "bundleId");
        put(fields, json, "packageId");
        put(fields, json, "appStoreUrl");
        put(fields, json, "notes");
      }
      case APP_CONFIGURATION -> {
        put(fields, json, "description");
        put(fields, json, "packageId");
        Map<String, String> settings = settingsOf(json);
        fields.put("settings", IntuneObjectSpec.settingsText(settings));
        settings.forEach((k, v) -> fields.put(IntuneObject.SETTING_PREFIX + k, v));
      }
      case COMPLIANCE_POLICY -> {
        put(fields, json, "description");
        put(fields, json, "deviceThreatProtectionEnabled");
        put(fields, json, "deviceThreatProtectionRequiredSecurityLevel");
        for (String name : ENFORCED) {
          put(fields, json, name);
        }
      }
    }
    return new IntuneObject(
        kind,
        text(json, "id"),
        type,
        text(json, "displayName"),
        fields,
        text(json, "publishingState"),
        lastModified(text(json, "lastModifiedDateTime")));
  }

  private static Optional<Instant> lastModified(String text) {
    try {
      return text.isEmpty()
          ? Optional.empty()
          : Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  private static Map<String, String> settingsOf(JsonObject config) {
    Map<String, String> settings = new TreeMap<>();
    if (config.has("settings") && config.get("settings").isJsonArray()) {
      for (JsonElement e : config.getAsJsonArray("settings")) {
        JsonObject item = e.getAsJsonObject();
        settings.put(text(item, "appConfigKey"), text(item, "appConfigKeyValue"));
      }
    }
    if (config.has("payloadJson") && !config.get("payloadJson").isJsonNull()) {
      try {
        JsonObject payload =
            JsonParser.parseString(
                    new String(
                        Base64.getDecoder().decode(config.get("payloadJson").getAsString()),
                        StandardCharsets.UTF_8))
                .getAsJsonObject();
        if (payload.has("managedProperty")) {
          for (JsonElement e : payload.getAsJsonArray("managedProperty")) {
            JsonObject p = e.getAsJsonObject();
            settings.put(text(p, "key"), text(p, "valueString"));
          }
        }
      } catch (RuntimeException unreadable) {
        settings.put("(unreadable payloadJson)", "");
      }
    }
    return settings;
  }

  private static void put(Map<String, String> fields, JsonObject json, String name) {
    if (json.has(name) && !json.get(name).isJsonNull()) {
      fields.put(name, json.get(name).getAsString());
    }
  }

  static String text(JsonObject json, String name) {
    return json.has(name) && !json.get(name).isJsonNull() ? json.get(name).getAsString() : "";
  }
}
