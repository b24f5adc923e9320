package com.mtdconnect.graph.control;

import com.mtdconnect.graph.entity.WorkloadFamily;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Per tenant, inside the SDK's retry handler (so every retry pays too): takes a permit from the
 * {@link RequestPacer}, records metrics, turns a 429's {@code Retry-After} into a pause (of every
 * tenant when {@code x-ms-throttle-scope} names the application's limit) and a response's {@code
 * x-ms-throttle-limit-percentage} into a slower pace.
 */
public final class PacingInterceptor implements Interceptor {

  private final String tenantId;
  private final RequestPacer pacer;
  private final CallMetricsRecorder metrics;

  public PacingInterceptor(String tenantId, RequestPacer pacer, CallMetricsRecorder metrics) {
    this.tenantId = tenantId;
    this.pacer = pacer;
    this.metrics = metrics;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String path = chain.request().url().encodedPath();
    WorkloadFamily family = WorkloadFamilies.of(path);
    int permits =
        family == WorkloadFamily.DIRECTORY
            ? WorkloadFamilies.resourceUnits(path, chain.request().url().encodedQuery())
            : 1;
    pacer.acquire(tenantId, family, permits);
    long started = System.nanoTime();
    Response response = chain.proceed(chain.request());
    boolean throttled = response.code() == 429;
    metrics.record(tenantId, family, (System.nanoTime() - started) / 1_000_000, throttled);
    if (throttled) {
      Duration wait = RetryAfter.parse(response.header("Retry-After"));
      if (isAppWide(response.header("x-ms-throttle-scope"))) {
        pacer.pauseApp(wait);
      } else {
        pacer.pause(tenantId, family, wait);
      }
    }
    nearLimitShare(response.header("x-ms-throttle-limit-percentage"))
        .ifPresent(share -> pacer.nearLimit(tenantId, family, share));
    return response;
  }

  /**
   * Whether a 429's {@code x-ms-throttle-scope} ({@code <Scope>/<Limit>/<ApplicationId>/...}) is
   * the application's limit across all tenants.
   */
  static boolean isAppWide(String scope) {
    return scope != null && scope.startsWith("Application/");
  }

  /** The share of a limit an {@code x-ms-throttle-limit-percentage} value reports (0.8–1.8). */
  static java.util.OptionalDouble nearLimitShare(String header) {
    if (header == null) {
      return java.util.OptionalDouble.empty();
    }
    try {
      double share = Double.parseDouble(header.trim());
      return share > 0 && share < 100
          ? java.util.OptionalDouble.of(share)
          : java.util.OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return java.util.OptionalDouble.empty();
    }
  }

  /** {@code Retry-After} in (fractional) seconds; 5 s when absent or not a number. */
  static final class RetryAfter {
    private RetryAfter() {}

    static Duration parse(String header) {
      if (header == null) {
        return Duration.ofSeconds(5);
      }
      try {
        return Duration.ofMillis((long) Math.ceil(Double.parseDouble(header.trim()) * 1000));
      } catch (NumberFormatException e) {
        return Duration.ofSeconds(5);
      }
    }
  }
}
