package com.mtdconnect.simulator.control.transport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /$batch} (graph-contracts §10): at most 20 requests, unique ids, {@code dependsOn} (a
 * failed prerequisite gives 424), each inner request authorised, faulted and throttled on its own
 * (inner 429 with its own {@code Retry-After}); top-level 200 whenever the batch parses.
 */
final class JsonBatch {

  static final int MAX_REQUESTS = 20;
  private final GraphEndpoint endpoint;

  JsonBatch(GraphEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  SimResponse handle(
      TenantDirectory directory,
      Set<GraphAppRole> roles,
      String appId,
      String version,
      SimRequest request,
      String requestId,
      String clientRequestId) {
    JsonObject body;
    try {
      body = JsonParser.parseString(request.bodyText()).getAsJsonObject();
    } catch (RuntimeException e) {
      return GraphErrors.of(
          400, "BadRequest", "Invalid batch payload format.", requestId, clientRequestId);
    }
    if (!body.has("requests") || !body.get("requests").isJsonArray()) {
      return GraphErrors.of(
          400, "BadRequest", "Invalid batch payload format.", requestId, clientRequestId);
    }
    var requests = body.getAsJsonArray("requests");
    if (requests.size() > MAX_REQUESTS) {
      return GraphErrors.of(
          400,
          "BadRequest",
          "Number of batch requests exceeds the limit of " + MAX_REQUESTS + ".",
          requestId,
          clientRequestId);
    }
    Set<String> ids = new HashSet<>();
    for (JsonElement r : requests) {
      JsonObject inner = r.getAsJsonObject();
      if (!inner.has("id")
          || !inner.has("method")
          || !inner.has("url")
          || !ids.add(inner.get("id").getAsString())) {
        return GraphErrors.of(
            400,
            "BadRequest",
            "Batch requests need unique ids, a method and a url.",
            requestId,
            clientRequestId);
      }
    }
    endpoint.countBatchSteps(directory.tenant(), requests.size());
    Map<String, Integer> statuses = new HashMap<>();
    Map<String, JsonObject> responses = new LinkedHashMap<>();
    for (JsonElement r : requests) {
      JsonObject inner = r.getAsJsonObject();
      String id = inner.get("id").getAsString();
      String innerRequestId = java.util.UUID.randomUUID().toString();
      SimResponse response;
      if (failedDependency(inner, statuses)) {
        response =
            GraphErrors.of(
                424,
                "FailedDependency",
                "A request this one depends on failed.",
                innerRequestId,
                clientRequestId);
      } else {
        response =
            dispatch(directory, roles, appId, version, inner, innerRequestId, clientRequestId);
      }
      statuses.put(id, response.status());
      responses.put(id, toJson(id, response, innerRequestId));
    }
    var out = new com.google.gson.JsonArray();
    responses.values().forEach(out::add);
    JsonObject result = new JsonObject();
    result.add("responses", out);
    return SimResponse.json(200, result.toString());
  }

  private static boolean failedDependency(JsonObject inner, Map<String, Integer> statuses) {
    if (!inner.has("dependsOn")) {
      return false;
    }
    for (JsonElement dep : inner.getAsJsonArray("dependsOn")) {
      Integer status = statuses.get(dep.getAsString());
      if (status == null || status >= 400) {
        return true;
      }
    }
    return false;
  }

  private SimResponse dispatch(
      TenantDirectory directory,
      Set<GraphAppRole> roles,
      String appId,
      String version,
      JsonObject inner,
      String requestId,
      String clientRequestId) {
    String url = inner.get("url").getAsString();
    int versionAt = url.indexOf("/" + version + "/");
    if (url.startsWith("http") && versionAt >= 0) {
      url = url.substring(versionAt + version.length() + 1);
    }
    if (!url.startsWith("/")) {
      url = "/" + url;
    }
    int q = url.indexOf('?');
    String path =
        java.net.URLDecoder.decode(
            q < 0 ? url : url.substring(0, q).replace("+", "%2B"), StandardCharsets.UTF_8);
    String query = q < 0 ? "" : url.substring(q + 1);
    Map<String, String> headers = new HashMap<>();
    if (inner.has("headers")) {
      inner
          .getAsJsonObject("headers")
          .entrySet()
          .forEach(e -> headers.put(e.getKey(), e.getValue().getAsString()));
    }
    byte[] body = new byte[0];
    if (inner.has("body")) {
      JsonElement b = inner.get("body");
      String text =
          b.isJsonPrimitive()
              ? new String(
                  java.util.Base64.getDecoder().decode(b.getAsString()), StandardCharsets.UTF_8)
              : b.toString();
      body = text.getBytes(StandardCharsets.UTF_8);
    }
    String method = inner.get("method").getAsString();
    SimRequest request = new SimRequest(method, path, query, headers, body);
    return endpoint.dispatch(
        directory,
        roles,
        appId,
        version,
        request.method(),
        path,
        request,
        requestId,
        clientRequestId);
  }

  private static JsonObject toJson(String id, SimResponse response, String requestId) {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("status", response.status());
    JsonObject headers = new JsonObject();
    response.headers().forEach(headers::addProperty);
    headers.addProperty("request-id", requestId);
    o.add("headers", headers);
    if (response.body().length > 0) {
      try {
        o.add("body", JsonParser.parseString(response.bodyText()));
      } catch (RuntimeException e) {
        o.addProperty("body", java.util.Base64.getEncoder().encodeToString(response.body()));
      }
    }
    return o;
  }
}
