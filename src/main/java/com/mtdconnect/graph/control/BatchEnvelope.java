package com.mtdconnect.graph.control;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.core.requests.BatchRequestBuilder;
import com.microsoft.graph.models.odataerrors.MainError;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.NativeResponseHandler;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.ResponseHeaders;
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
import java.util.HashSet;
import okhttp3.Response;

/**
 * A round's {@code $batch} on the wire: posted to the beta root, its envelope's refusal raised as
 * the SDK raises a single request's, a step's error body read as the OData error it is.
 */
final class BatchEnvelope {

  private BatchEnvelope() {}

  /** Posts the batch to the beta root (the SDK's builder posts to its client's version root). */
  static BatchResponseContent post(GraphServiceClient client, BatchRequestContent batch) {
    try {
      RequestInformation info =
          new BatchRequestBuilder(client.getRequestAdapter()).toPostRequestInformation(batch);
      info.setUri(URI.create(BetaRequests.BETA + "/$batch"));
      NativeResponseHandler handler = new NativeResponseHandler();
      info.setResponseHandler(handler);
      HashMap<String, ParsableFactory<? extends Parsable>> errors = new HashMap<>();
      errors.put("XXX", ODataError::createFromDiscriminatorValue);
      client.getRequestAdapter().sendPrimitive(info, errors, InputStream.class);
      Response raw = (Response) handler.getValue();
      if (!raw.isSuccessful()) {
        // the envelope itself refused (token refused, tenant gone, throttled): the native handler
        // does not raise it, so raise it as the SDK would for a single request
        throw envelopeFailure(raw);
      }
      return new BatchResponseContent(raw, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A failed step's status and OData error, as the SDK raises them for a single request. */
  static ODataError stepError(BatchResponseContent response, String id, int status) {
    StepError error = new StepError(status);
    error.setError(mainError(response.getResponseStreamById(id)));
    return error;
  }

  /** The envelope's error response as the SDK raises it for a single request. */
  private static ODataError envelopeFailure(Response raw) {
    StepError error = new StepError(raw.code());
    ResponseHeaders headers = new ResponseHeaders();
    raw.headers().names().forEach(name -> headers.put(name, new HashSet<>(raw.headers(name))));
    error.headers(headers);
    try (raw) {
      error.setError(mainError(raw.body() == null ? null : raw.body().byteStream()));
    }
    return error;
  }

  /** The OData error ({@code code}, {@code message}) of an error body; empty when unreadable. */
  private static MainError mainError(InputStream body) {
    MainError main = new MainError();
    main.setCode("");
    try {
      JsonObject json = json(body);
      if (json.has("error") && json.get("error").isJsonObject()) {
        JsonObject e = json.getAsJsonObject("error");
        main.setCode(e.has("code") ? e.get("code").getAsString() : "");
        main.setMessage(e.has("message") ? e.get("message").getAsString() : "");
      }
    } catch (RuntimeException unreadable) {
      main.setCode("");
    }
    return main;
  }

  /** A batch step's error as the SDK raises it for a single request (status and OData error). */
  private static final class StepError extends ODataError {
    private static final long serialVersionUID = 1L;

    StepError(int status) {
      setResponseStatusCode(status);
    }

    void headers(ResponseHeaders headers) {
      setResponseHeaders(headers);
    }
  }

  /** A body as a JSON object; empty when there is none. */
  static JsonObject json(InputStream in) {
    if (in == null) {
      return new JsonObject();
    }
    try (InputStream body = in) {
      byte[] bytes = body.readAllBytes();
      if (bytes.length == 0) {
        return new JsonObject();
      }
      var parsed =
          JsonParser.parseReader(
              new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
      return parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
