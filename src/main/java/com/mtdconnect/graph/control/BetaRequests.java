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
 * Graph beta calls the v1.0 SDK has no builders for, sent through the same SDK request adapter (so
 * authentication, retries, pacing, metrics and the reroute all apply) with JSON bodies.
 */
final class BetaRequests {

  private static final String BETA = "https://graph.microsoft.com/beta";

  private BetaRequests() {}

  static JsonObject post(GraphServiceClient client, String path, JsonObject body) {
    RequestInformation info = new RequestInformation();
    info.httpMethod = HttpMethod.POST;
    info.setUri(URI.create(BETA + path));
    info.headers.add("Accept", "application/json");
    info.setStreamContent(
        new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
        "application/json");
    HashMap<String, ParsableFactory<? extends Parsable>> errors = new HashMap<>();
    errors.put("XXX", ODataError::createFromDiscriminatorValue);
    try (InputStream in =
        client.getRequestAdapter().sendPrimitive(info, errors, InputStream.class)) {
      if (in == null) {
        return new JsonObject();
      }
      return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
