package com.mtdconnect.graph.control;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.mtdconnect.graph.entity.GraphCredential;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphSettings;
import com.mtdconnect.graph.entity.GraphUnavailable;
import java.net.MalformedURLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * App-only tokens for Microsoft Graph: one MSAL {@code ConfidentialClientApplication} per customer
 * tenant (its authority names the tenant), created on first use and kept, so each tenant's token
 * lives in a cache partition of its own and MSAL serves it until shortly before it expires. One
 * application for all tenants would keep every tenant's token in one cache, which MSAL searches
 * entry by entry on every request: with 10,000 tenants most of a polling round's CPU went there. An
 * application costs about 2 KB without its token. MSAL does not throttle a confidential client
 * itself, so when Entra ID answers a tenant's token request with 429 we honour its {@code
 * Retry-After}: until then that tenant's token requests fail at once without reaching Entra ID.
 * Tokens are never logged.
 */
public final class TokenSource {

  public static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

  private final GraphSettings settings;
  private final IClientCredential credential;
  private final MsalTransport transport;
  private final ExecutorService executor;
  private final ConcurrentHashMap<String, ConfidentialClientApplication> applications =
      new ConcurrentHashMap<>();
  private final long timeoutMillis;
  private final ConcurrentHashMap<String, Long> throttledUntil = new ConcurrentHashMap<>();

  public TokenSource(GraphSettings settings, MsalTransport transport, ExecutorService executor) {
    this.settings = settings;
    this.credential = credential(settings.credential());
    this.transport = transport;
    this.executor = executor;
    this.timeoutMillis = settings.connectTimeout().plus(settings.readTimeout()).toMillis() * 2;
    application(settings.homeTenant()); // a wrong client setting fails at start, not in a round
  }

  private ConfidentialClientApplication application(String tenantId) {
    return applications.computeIfAbsent(tenantId, this::create);
  }

  private ConfidentialClientApplication create(String tenantId) {
    try {
      return ConfidentialClientApplication.builder(settings.clientId(), credential)
          .authority("https://login.microsoftonline.com/" + tenantId + "/")
          .httpClient(transport)
          .executorService(executor)
          .build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new GraphUnavailable(tenantId, "Not a valid Entra tenant id: " + tenantId, e);
    }
  }

  private static IClientCredential credential(GraphCredential credential) {
    if (credential.key().isPresent() && credential.x509().isPresent()) {
      return ClientCredentialFactory.createFromCertificate(
          credential.key().get(), credential.x509().get());
    }
    return ClientCredentialFactory.createFromSecret(
        credential
            .clientSecret()
            .orElseThrow(() -> new IllegalArgumentException("no certificate and no secret")));
  }

  /** A valid access token for the tenant, from MSAL's cache when it has one. */
  public String accessToken(String tenantId) {
    Long until = throttledUntil.get(tenantId);
    if (until != null) {
      long left = until - System.nanoTime();
      if (left > 0) {
        throw new com.mtdconnect.graph.entity.GraphThrottled(
            tenantId,
            java.time.Duration.ofNanos(left),
            "Entra ID's token endpoint asked us to wait before asking again");
      }
      throttledUntil.remove(tenantId, until);
    }
    ClientCredentialParameters parameters =
        ClientCredentialParameters.builder(Set.of(GRAPH_SCOPE)).build();
    try {
      return application(tenantId)
          .acquireToken(parameters)
          .get(timeoutMillis, TimeUnit.MILLISECONDS)
          .accessToken();
    } catch (ExecutionException e) {
      GraphFailure failure = translate(tenantId, e.getCause());
      if (failure instanceof com.mtdconnect.graph.entity.GraphThrottled throttled) {
        throttledUntil.put(tenantId, System.nanoTime() + throttled.retryAfter().toNanos());
      }
      throw failure;
    } catch (TimeoutException e) {
      throw new GraphUnavailable(
          tenantId, "Entra ID did not issue a token for tenant " + tenantId + " in time.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphUnavailable(tenantId, "Interrupted while waiting for a token.", e);
    }
  }

  private static GraphFailure translate(String tenantId, Throwable cause) {
    Throwable c = cause;
    while (c != null) {
      if (c instanceof MsalServiceException mse) {
        return IdentityFailures.translate(tenantId, mse);
      }
      c = c.getCause();
    }
    return new GraphUnavailable(
        tenantId,
        "Entra ID could not be reached for tenant "
            + tenantId
            + ": "
            + (cause == null ? "unknown" : cause.getClass().getSimpleName()),
        cause);
  }
}
