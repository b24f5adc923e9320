package com.mtdconnect.graph.control;

import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.core.requests.options.GraphClientOption;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import com.microsoft.kiota.http.middleware.RetryHandler;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import com.mtdconnect.graph.entity.GraphSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * One {@code GraphServiceClient} per customer tenant, created on first use and cached. Built on
 * {@code GraphClientFactory.create(...)}: the SDK's default middleware with its retry handler
 * capped, then our pacing/metrics interceptor, then the routing to where Microsoft's URLs are
 * reached. All clients share one connection pool.
 */
public final class TenantClients {

  private final GraphSettings settings;
  private final TokenSource tokens;
  private final RequestPacer pacer;
  private final CallMetricsRecorder metrics;
  private final ConnectionPool pool = new ConnectionPool();
  private final ConcurrentHashMap<String, GraphServiceClient> clients = new ConcurrentHashMap<>();

  public TenantClients(
      GraphSettings settings, TokenSource tokens, RequestPacer pacer, CallMetricsRecorder metrics) {
    this.settings = settings;
    this.tokens = tokens;
    this.pacer = pacer;
    this.metrics = metrics;
  }

  public GraphServiceClient forTenant(String tenantId) {
    return clients.computeIfAbsent(tenantId, this::create);
  }

  private GraphServiceClient create(String tenantId) {
    GraphClientOption option = new GraphClientOption();
    List<Interceptor> interceptors = new ArrayList<>();
    for (Interceptor i : GraphClientFactory.createDefaultGraphInterceptors(option)) {
      interceptors.add(i instanceof RetryHandler ? new RetryHandler(retryOption()) : i);
    }
    interceptors.add(new PacingInterceptor(tenantId, pacer, metrics));
    interceptors.add(new EndpointRouting(settings.endpoints()));
    OkHttpClient http =
        GraphClientFactory.create(option, interceptors)
            .connectionPool(pool)
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .callTimeout(settings.readTimeout().multipliedBy(2))
            .build();
    return new GraphServiceClient(
        new BaseBearerTokenAuthenticationProvider(new TenantTokenProvider(tenantId, tokens)), http);
  }

  /** Retries 429/503/504 a few times, but never waits longer than {@code maxRetryWait}. */
  private RetryHandlerOption retryOption() {
    long maxWaitMillis = settings.maxRetryWait().toMillis();
    return new RetryHandlerOption(
        (delay, attempt, request, response) ->
            PacingInterceptor.RetryAfter.parse(response.header("Retry-After")).toMillis()
                <= maxWaitMillis,
        settings.maxRetries(),
        RetryHandlerOption.DEFAULT_DELAY);
  }
}
