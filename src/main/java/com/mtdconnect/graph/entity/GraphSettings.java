package com.mtdconnect.graph.entity;

import com.mtdconnect.platform.control.MicrosoftEndpoints;
import java.time.Duration;

/**
 * Everything the gateway needs.
 *
 * @param clientId the MSP app's client id
 * @param credential certificate or secret
 * @param homeTenant the MSP's own tenant (or {@code organizations}); its MSAL application is built
 *     at start so that a wrong client setting shows at once; customer tenants get theirs on first
 *     use
 * @param endpoints where Microsoft's URLs are reached: {@link MicrosoftEndpoints#PUBLISHED} in the
 *     product; the demo layer and tests hand in the simulator's
 * @param connectTimeout HTTP connect timeout (MSAL and Graph)
 * @param readTimeout HTTP read timeout (MSAL and Graph)
 * @param maxRetries retries the SDK may make per request (429/503/504)
 * @param maxRetryWait a {@code Retry-After} longer than this is not waited for inside a request:
 *     the caller gets {@link GraphThrottled} and decides
 * @param budgets our own pacing
 */
public record GraphSettings(
    String clientId,
    GraphCredential credential,
    String homeTenant,
    MicrosoftEndpoints endpoints,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    Duration maxRetryWait,
    BudgetSettings budgets) {

  public static GraphSettings production(String clientId, GraphCredential credential) {
    return new GraphSettings(
        clientId,
        credential,
        "organizations",
        MicrosoftEndpoints.PUBLISHED,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        3,
        Duration.ofSeconds(30),
        BudgetSettings.belowMicrosoftLimits());
  }

  public GraphSettings reachedThrough(MicrosoftEndpoints newEndpoints) {
    return new GraphSettings(
        clientId,
        credential,
        homeTenant,
        newEndpoints,
        connectTimeout,
        readTimeout,
        maxRetries,
        maxRetryWait,
        budgets);
  }

  public GraphSettings withBudgets(BudgetSettings newBudgets) {
    return new GraphSettings(
        clientId,
        credential,
        homeTenant,
        endpoints,
        connectTimeout,
        readTimeout,
        maxRetries,
        maxRetryWait,
        newBudgets);
  }

  public GraphSettings withRetries(int retries, Duration maxWait) {
    return new GraphSettings(
        clientId,
        credential,
        homeTenant,
        endpoints,
        connectTimeout,
        readTimeout,
        retries,
        maxWait,
        budgets);
  }

  public GraphSettings withCredential(GraphCredential newCredential) {
    return new GraphSettings(
        clientId,
        newCredential,
        homeTenant,
        endpoints,
        connectTimeout,
        readTimeout,
        maxRetries,
        maxRetryWait,
        budgets);
  }

  public GraphSettings withTimeouts(Duration connect, Duration read) {
    return new GraphSettings(
        clientId,
        credential,
        homeTenant,
        endpoints,
        connect,
        read,
        maxRetries,
        maxRetryWait,
        budgets);
  }
}
