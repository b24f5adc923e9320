package com.mtdconnect.simulator.control.transport;

import com.google.gson.JsonObject;
import com.mtdconnect.simulator.entity.SimResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Graph's error envelope (graph-contracts §3) and the specific errors the simulator answers. */
public final class GraphErrors {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private GraphErrors() {}

  public static SimResponse of(int status, String code, String message, GraphCall call) {
    return of(status, code, message, call.requestId(), call.clientRequestId());
  }

  public static SimResponse of(
      int status, String code, String message, String requestId, String clientRequestId) {
    JsonObject inner = new JsonObject();
    inner.addProperty("date", DATE.format(LocalDateTime.now(ZoneOffset.UTC)));
    inner.addProperty("request-id", requestId);
    inner.addProperty("client-request-id", clientRequestId);
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", message);
    error.add("innerError", inner);
    JsonObject body = new JsonObject();
    body.add("error", error);
    return SimResponse.json(status, body.toString());
  }

  public static SimResponse notFound(GraphCall call) {
    return of(
        404,
        "Request_ResourceNotFound",
        "Resource '"
            + call.path()
            + "' does not exist or one of its queried reference-property"
            + " objects are not present.",
        call);
  }

  public static SimResponse badRequest(String message, GraphCall call) {
    return of(400, "BadRequest", message, call);
  }

  public static SimResponse unsupportedQuery(GraphCall call) {
    return of(400, "Request_UnsupportedQuery", "Unsupported Query.", call);
  }

  /** 429 as Graph sends it (§11), with a fractional {@code Retry-After} when asked. */
  public static SimResponse throttled(
      double retryAfterSeconds, String scope, String requestId, String clientRequestId) {
    return throttled(
        retryAfterSeconds,
        scope,
        java.util.Optional.of("ResourceUnitLimitExceeded"),
        requestId,
        clientRequestId);
  }

  /**
   * 429 for the limit of {@code scope} ({@code x-ms-throttle-scope}); {@code information} is the
   * {@code x-ms-throttle-information} when the limit is one the identity service names.
   */
  public static SimResponse throttled(
      double retryAfterSeconds,
      String scope,
      java.util.Optional<String> information,
      String requestId,
      String clientRequestId) {
    JsonObject inner = new JsonObject();
    inner.addProperty("code", "429");
    inner.addProperty("date", DATE.format(LocalDateTime.now(ZoneOffset.UTC)));
    inner.addProperty("message", "Please retry after");
    inner.addProperty("request-id", requestId);
    inner.addProperty("status", "429");
    JsonObject error = new JsonObject();
    error.addProperty("code", "TooManyRequests");
    error.add("innerError", inner);
    error.addProperty("message", "Please retry again later.");
    JsonObject body = new JsonObject();
    body.add("error", error);
    String retryAfter =
        retryAfterSeconds == Math.rint(retryAfterSeconds)
            ? Long.toString((long) retryAfterSeconds)
            : String.format(java.util.Locale.ROOT, "%.3f", retryAfterSeconds);
    SimResponse response =
        SimResponse.json(429, body.toString())
            .withHeader("Retry-After", retryAfter)
            .withHeader("x-ms-throttle-scope", scope);
    return information.isPresent()
        ? response.withHeader("x-ms-throttle-information", information.get())
        : response;
  }
}
