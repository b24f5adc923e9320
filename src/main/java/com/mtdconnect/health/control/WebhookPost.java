package com.mtdconnect.health.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts a signed JSON body to a webhook: finite timeouts, redirects not followed (the address was
 * checked, the one it redirects to was not), 2xx counts as delivered.
 */
public final class WebhookPost {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private WebhookPost() {}

  /**
   * @throws DeliveryFailed with the reason in plain words (never the secret)
   */
  public static void post(String url, String secret, String body, long deliveryId, String event) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("User-Agent", "MTD-Connect-Alerts/1")
            .header(WebhookSignature.HEADER, WebhookSignature.sign(bytes, secret))
            .header(WebhookSignature.DELIVERY_HEADER, String.valueOf(deliveryId))
            .header(WebhookSignature.EVENT_HEADER, event)
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    HttpResponse<Void> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new DeliveryFailed(
          "The webhook could not be reached ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ").");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("Interrupted while calling the webhook.");
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new DeliveryFailed("The webhook answered HTTP " + status + ".");
    }
  }

  /** One attempt failed; the message is fit for the page and the log. */
  public static class DeliveryFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeliveryFailed(String message) {
      super(message);
    }
  }
}
