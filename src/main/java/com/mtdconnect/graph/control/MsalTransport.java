package com.mtdconnect.graph.control;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import com.mtdconnect.platform.control.MicrosoftEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MSAL's HTTP transport: java.net.http with finite timeouts (MSAL's default has none), sending each
 * request to where {@link MicrosoftEndpoints} says login.microsoftonline.com is reached.
 */
public final class MsalTransport implements IHttpClient {

  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final HttpClient client;
  private final Duration readTimeout;
  private final MicrosoftEndpoints endpoints;

  public MsalTransport(
      Duration connectTimeout, Duration readTimeout, MicrosoftEndpoints endpoints) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.readTimeout = readTimeout;
    this.endpoints = endpoints;
  }

  @Override
  public IHttpResponse send(HttpRequest request) throws Exception {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(
                URI.create(endpoints.resolve(request.url().toString())))
            .timeout(readTimeout);
    if (request.headers() != null) {
      for (Map.Entry<String, String> h : request.headers().entrySet()) {
        if (h.getValue() != null && !RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
          builder.header(h.getKey(), h.getValue());
        }
      }
    }
    String method = request.httpMethod().methodName;
    if (request.body() != null) {
      builder.method(method, java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
    } else {
      builder.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
    }
    java.net.http.HttpResponse<String> response =
        client.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    HttpResponse result = new HttpResponse();
    result.statusCode(response.statusCode());
    result.body(response.body());
    result.addHeaders(response.headers().map());
    return result;
  }
}
