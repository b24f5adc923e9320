package com.mtdconnect.graph.control;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * Graph calls with JSON bodies for what the v1.0 SDK has no builders or models for (beta types,
 * reading objects whose type the v1.0 models do not know), sent through the same SDK request
 * adapter (so authentication, retries, pacing, metrics and the reroute all apply).
 */
final class BetaRequests {

  static final String BETA = "https://graph.microsoft.com/beta";
  static final String V1 = "https://graph.microsoft.com/v1.0";

  private BetaRequests() {}

  static JsonObject post(GraphServiceClient client, String path, JsonObject body) {
    return send(client, HttpMethod.POST, BETA + path, body);
  }

  /** {@code url} is absolute (a version root plus path, or a nextLink). */
  static JsonObject send(
      GraphServiceClient client, HttpMethod method, String url, JsonObject body) {
    RequestInformation info = new RequestInformation();
    info.httpMethod = method;
    info.setUri(URI.create(url));
    info.headers.add("Accept", "application/json");
    if (body != null) {
      info.setStreamContent(
          new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
          "application/json");
    }
    HashMap<String, ParsableFactory<? extends Parsable>> errors = new HashMap<>();
    errors.put("XXX", ODataError::createFromDiscriminatorValue);
    try (InputStream in =
        client.getRequestAdapter().sendPrimitive(info, errors, InputStream.class)) {
      if (in == null) {
        return new JsonObject();
      }
      byte[] bytes = in.readAllBytes();
      if (bytes.length == 0) {
        return new JsonObject();
      }
      return JsonParser.parseReader(
              new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
