package com.mtdconnect.simulator.entity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response produced by the simulator. Headers are single-valued. */
public record SimResponse(int status, Map<String, String> headers, byte[] body) {

  public static final String GRAPH_JSON =
      "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;"
          + "charset=utf-8";

  public SimResponse {
    headers = new LinkedHashMap<>(headers);
    body = body == null ? new byte[0] : body;
  }

  public static SimResponse json(int status, String json) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", GRAPH_JSON);
    return new SimResponse(status, headers, json.getBytes(StandardCharsets.UTF_8));
  }

  public static SimResponse empty(int status) {
    return new SimResponse(status, Map.of(), new byte[0]);
  }

  /** A plain-text answer, as Graph gives for {@code /$count} segments. */
  public static SimResponse text(int status, String text) {
    return new SimResponse(
        status,
        Map.of("Content-Type", "text/plain;charset=utf-8"),
        text.getBytes(StandardCharsets.UTF_8));
  }

  public static SimResponse html(int status, String html) {
    return new SimResponse(
        status,
        Map.of("Content-Type", "text/html;charset=utf-8"),
        html.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy with one more header (replacing a header of the same name). */
  public SimResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new SimResponse(status, copy, body);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
