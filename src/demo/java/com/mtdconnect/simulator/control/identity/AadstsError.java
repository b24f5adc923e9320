package com.mtdconnect.simulator.control.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.entity.SimResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * Entra ID token-endpoint errors with exactly the keys Microsoft returns (graph-contracts §1.3):
 * {@code error, error_description (with Trace ID / Correlation ID / Timestamp lines), error_codes,
 * timestamp, trace_id, correlation_id, error_uri}.
 */
final class AadstsError {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private AadstsError() {}

  static SimResponse of(int status, String error, int code, String message, String correlationId) {
    return of(status, error, code, message, correlationId, Optional.empty());
  }

  /** With Entra's {@code suberror} (e.g. {@code message_only} on Conditional Access blocks). */
  static SimResponse of(
      int status,
      String error,
      int code,
      String message,
      String correlationId,
      Optional<String> suberror) {
    String traceId = UUID.randomUUID().toString();
    String timestamp = STAMP.format(Instant.now());
    JsonObject body = new JsonObject();
    body.addProperty("error", error);
    body.addProperty(
        "error_description",
        "AADSTS"
            + code
            + ": "
            + message
            + "\r\nTrace ID: "
            + traceId
            + "\r\nCorrelation ID: "
            + correlationId
            + "\r\nTimestamp: "
            + timestamp);
    JsonArray codes = new JsonArray();
    codes.add(code);
    body.add("error_codes", codes);
    body.addProperty("timestamp", timestamp);
    body.addProperty("trace_id", traceId);
    body.addProperty("correlation_id", correlationId);
    body.addProperty("error_uri", "https://login.microsoftonline.com/error?code=" + code);
    suberror.ifPresent(value -> body.addProperty("suberror", value));
    return SimResponse.json(status, body.toString())
        .withHeader("Content-Type", "application/json; charset=utf-8");
  }
}
