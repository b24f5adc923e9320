package com.mtdconnect.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The health and alert settings (MicroProfile Config): {@code portal.health.heartbeat-threshold}
 * (PT24H: how old the MTD connector's heartbeat may be), {@code portal.alerts.min-interval} (PT15M:
 * the flapping guard, the least time between two alerts of one tenant), {@code
 * portal.alerts.retry-base} (PT30S) and {@code portal.alerts.retry-cap} (PT1H): the exponential
 * backoff of failed deliveries, {@code portal.alerts.max-attempts} (8), {@code
 * portal.alerts.worker-interval} (PT2S: how often due deliveries are looked for), {@code
 * portal.alerts.allow-loopback-http} (false: webhooks must use https; true lets the demo and tests
 * use http://127.0.0.1 and http://localhost).
 */
@ApplicationScoped
public class HealthSettings {

  @Inject
  @ConfigProperty(name = "portal.health.heartbeat-threshold", defaultValue = "PT24H")
  Duration heartbeatThreshold;

  @Inject
  @ConfigProperty(name = "portal.alerts.min-interval", defaultValue = "PT15M")
  Duration minInterval;

  @Inject
  @ConfigProperty(name = "portal.alerts.retry-base", defaultValue = "PT30S")
  Duration retryBase;

  @Inject
  @ConfigProperty(name = "portal.alerts.retry-cap", defaultValue = "PT1H")
  Duration retryCap;

  @Inject
  @ConfigProperty(name = "portal.alerts.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "portal.alerts.worker-interval", defaultValue = "PT2S")
  Duration workerInterval;

  @Inject
  @ConfigProperty(name = "portal.alerts.allow-loopback-http", defaultValue = "false")
  boolean allowLoopbackHttp;

  @Inject
  @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  public Duration heartbeatThreshold() {
    return heartbeatThreshold;
  }

  public Duration minInterval() {
    return minInterval;
  }

  public Duration retryBase() {
    return retryBase;
  }

  public Duration retryCap() {
    return retryCap;
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  public Duration workerInterval() {
    return workerInterval;
  }

  public WebhookUrls webhookUrls() {
    return new WebhookUrls(allowLoopbackHttp);
  }

  /** The portal's address without a trailing slash, for links in alerts. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
