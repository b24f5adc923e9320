package com.mtdconnect.simulator.control.transport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.entity.SimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builders for Graph's JSON shapes: collections with context, nextLink and count; $select. */
public final class GraphJson {

  private GraphJson() {}

  public static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  public static SimResponse collection(
      String contextUrl, JsonArray values, String nextLink, Long count, String deltaLink) {
    JsonObject body = new JsonObject();
    body.addProperty("@odata.context", contextUrl);
    if (count != null) {
      body.addProperty("@odata.count", count);
    }
    if (nextLink != null) {
      body.addProperty("@odata.nextLink", nextLink);
    }
    if (deltaLink != null) {
      body.addProperty("@odata.deltaLink", deltaLink);
    }
    body.add("value", values);
    return SimResponse.json(200, body.toString());
  }

  /** The {@code $select} list, empty if none. */
  public static Set<String> select(Map<String, String> query) {
    String raw = query.get("$select");
    if (raw == null || raw.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(raw.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Keeps only selected properties (plus {@code id} and {@code @odata.type}). */
  public static JsonObject project(JsonObject object, Set<String> select) {
    if (select.isEmpty()) {
      return object;
    }
    JsonObject result = new JsonObject();
    for (Map.Entry<String, JsonElement> e : object.entrySet()) {
      String key = e.getKey();
      if (key.equals("id") || key.startsWith("@odata") || select.contains(key)) {
        result.add(key, e.getValue());
      }
    }
    return result;
  }

  /** A link that repeats the original query with a different {@code $skiptoken}. */
  public static String link(
      String base, Map<String, String> query, String tokenName, String token) {
    StringBuilder sb = new StringBuilder(base).append('?');
    for (Map.Entry<String, String> e : query.entrySet()) {
      if (e.getKey().equalsIgnoreCase("$skiptoken") || e.getKey().equalsIgnoreCase("$deltatoken")) {
        continue;
      }
      sb.append(encode(e.getKey())).append('=').append(encode(e.getValue())).append('&');
    }
    return sb.append(tokenName).append('=').append(token).toString();
  }

  public static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  /** The request body as a JSON object, or empty if it is not one. */
  public static java.util.Optional<JsonObject> body(GraphCall call) {
    try {
      JsonElement parsed = com.google.gson.JsonParser.parseString(call.request().bodyText());
      return parsed.isJsonObject()
          ? java.util.Optional.of(parsed.getAsJsonObject())
          : java.util.Optional.empty();
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  public static SimResponse entity(int status, JsonObject object, String context) {
    JsonObject body = new JsonObject();
    body.addProperty("@odata.context", context);
    object.entrySet().forEach(e -> body.add(e.getKey(), e.getValue()));
    return SimResponse.json(status, body.toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$");
  }
}
