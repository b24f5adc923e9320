package com.mtdconnect.simulator.entity;

import java.time.Duration;

/**
 * Faults injected into one simulated tenant's Graph traffic. Rates are probabilities per request
 * (0..1). Thread-safe: fields are volatile and each is read once per request.
 */
public final class TenantFaults {

  private volatile double throttleRate;
  private volatile double serverErrorRate;
  private volatile Duration addedLatency = Duration.ZERO;
  private volatile double timeoutRate;
  private volatile Duration timeoutHang = Duration.ofSeconds(30);
  private volatile double throttleRetryAfterSeconds = 1.5;
  private volatile boolean connectorBroken;
  private volatile boolean tokenEndpointDown;
  private volatile boolean conditionalAccessBlock;
  private volatile double tokenThrottleRetryAfterSeconds;

  public TenantFaults throttleRate(double rate, double retryAfterSeconds) {
    this.throttleRate = rate;
    this.throttleRetryAfterSeconds = retryAfterSeconds;
    return this;
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
    serverErrorRate = 0;
    addedLatency = Duration.ZERO;
    timeoutRate = 0;
    connectorBroken = false;
    tokenEndpointDown = false;
    conditionalAccessBlock = false;
    tokenThrottleRetryAfterSeconds = 0;
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
