package com.mtdconnect.simulator.entity;

import java.time.Duration;

/**
 * Faults injected into one simulated tenant's Graph traffic. Rates are probabilities per request
 * (0..1). Thread-safe: fields are volatile and each is read once per request.
 */
public final class TenantFaults {

  private volatile double throttleRate;
  private volatile boolean throttleWritesOnly;
  private volatile double serverErrorRate;
  private volatile Duration addedLatency = Duration.ZERO;
  private volatile double timeoutRate;
  private volatile Duration timeoutHang = Duration.ofSeconds(30);
  private volatile double throttleRetryAfterSeconds = 1.5;
  private volatile boolean connectorBroken;
  private volatile boolean tokenEndpointDown;
  private volatile boolean conditionalAccessBlock;
  private volatile double tokenThrottleRetryAfterSeconds;
  private final java.util.concurrent.atomic.AtomicInteger appWideThrottles =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile double appWideRetryAfterSeconds = 1;
  private volatile double reportedLimitShare;

  /**
   * The tenant's next {@code requests} Graph requests (inside batches too) arrive when our app is
   * over its limit across all tenants: 429 with {@code x-ms-throttle-scope: Application/...} and
   * this {@code Retry-After}.
   */
  public TenantFaults appWideThrottleNext(int requests, double retryAfterSeconds) {
    this.appWideRetryAfterSeconds = retryAfterSeconds;
    this.appWideThrottles.set(Math.max(0, requests));
    return this;
  }

  /** Whether this request is one of the app-wide throttled ones (counts it down). */
  public boolean takeAppWideThrottle() {
    return appWideThrottles.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  /** How many injected app-wide 429s are still to come. */
  public int appWideThrottlesLeft() {
    return appWideThrottles.get();
  }

  public double appWideRetryAfterSeconds() {
    return appWideRetryAfterSeconds;
  }

  /**
   * Every answer to the tenant's requests says our app used this share of a limit ({@code
   * x-ms-throttle-limit-percentage}, 0.8–1.8); 0 turns it off.
   */
  public TenantFaults reportLimitShare(double share) {
    this.reportedLimitShare = Math.max(0, share);
    return this;
  }

  public double reportedLimitShare() {
    return reportedLimitShare;
  }

  public TenantFaults throttleRate(double rate, double retryAfterSeconds) {
    this.throttleRate = rate;
    this.throttleRetryAfterSeconds = retryAfterSeconds;
    this.throttleWritesOnly = false;
    return this;
  }

  /** Throttles only creating, changing and deleting requests (Intune's tighter write limits). */
  public TenantFaults throttleWrites(double rate, double retryAfterSeconds) {
    throttleRate(rate, retryAfterSeconds);
    this.throttleWritesOnly = true;
    return this;
  }

  /** Whether a request of this kind is exposed to the injected throttling. */
  public boolean throttles(boolean write) {
    return throttleRate > 0 && (write || !throttleWritesOnly);
  }

  public TenantFaults serverErrorRate(double rate) {
    this.serverErrorRate = rate;
    return this;
  }

  public TenantFaults addedLatency(Duration latency) {
    this.addedLatency = latency;
    return this;
  }

  /** A share of requests hang for {@code hang} and then answer 504 (clients should time out). */
  public TenantFaults timeouts(double rate, Duration hang) {
    this.timeoutRate = rate;
    this.timeoutHang = hang;
    return this;
  }

  /** The MTD connector stops sending heartbeats (partnerState turns unresponsive). */
  public TenantFaults connectorBroken(boolean broken) {
    this.connectorBroken = broken;
    return this;
  }

  /** The tenant's token endpoint answers 503 {@code temporarily_unavailable}. */
  public TenantFaults tokenEndpointDown(boolean down) {
    this.tokenEndpointDown = down;
    return this;
  }

  public boolean tokenEndpointDown() {
    return tokenEndpointDown;
  }

  /**
   * A Conditional Access policy for workload identities in the customer's tenant blocks our app:
   * tokens fail with AADSTS53003.
   */
  public TenantFaults conditionalAccessBlock(boolean blocked) {
    this.conditionalAccessBlock = blocked;
    return this;
  }

  public boolean conditionalAccessBlock() {
    return conditionalAccessBlock;
  }

  /**
   * The tenant's token endpoint answers 429 with this {@code Retry-After} (seconds); 0 turns it
   * off.
   */
  public TenantFaults tokenThrottled(double retryAfterSeconds) {
    this.tokenThrottleRetryAfterSeconds = Math.max(0, retryAfterSeconds);
    return this;
  }

  public boolean tokenThrottled() {
    return tokenThrottleRetryAfterSeconds > 0;
  }

  public double tokenThrottleRetryAfterSeconds() {
    return tokenThrottleRetryAfterSeconds;
  }

  public TenantFaults clear() {
    throttleRate = 0;
    throttleWritesOnly = false;
    serverErrorRate = 0;
    addedLatency = Duration.ZERO;
    timeoutRate = 0;
    connectorBroken = false;
    tokenEndpointDown = false;
    conditionalAccessBlock = false;
    tokenThrottleRetryAfterSeconds = 0;
    appWideThrottles.set(0);
    reportedLimitShare = 0;
    return this;
  }

  public double throttleRate() {
    return throttleRate;
  }

  public double throttleRetryAfterSeconds() {
    return throttleRetryAfterSeconds;
  }

  public double serverErrorRate() {
    return serverErrorRate;
  }

  public Duration addedLatency() {
    return addedLatency;
  }

  public double timeoutRate() {
    return timeoutRate;
  }

  public Duration timeoutHang() {
    return timeoutHang;
  }

  public boolean connectorBroken() {
    return connectorBroken;
  }
}
