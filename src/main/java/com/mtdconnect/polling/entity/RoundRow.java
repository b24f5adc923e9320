package com.mtdconnect.polling.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the job history: the round and the tenant's name.
 *
 * @param id the round's id
 * @param tenantId the tenant
 * @param tenantName the tenant's display name
 * @param node the node that ran it
 * @param startedAt when it started (UTC)
 * @param durationMs how long it took
 * @param requests HTTP requests to Microsoft
 * @param throttled of those, answered 429
 * @param changes stored facts that changed
 * @param outcome how it ended
 * @param error the failure in plain words, empty when none
 * @param kinds what each kind did
 */
public record RoundRow(
    long id,
    long tenantId,
    String tenantName,
    String node,
    LocalDateTime startedAt,
    long durationMs,
    int requests,
    int throttled,
    int changes,
    RoundOutcome outcome,
    String error,
    String kinds)
    implements Serializable {

  /** Whether "Retry now" makes sense for this round. */
  public boolean isRetryable() {
    return outcome == RoundOutcome.FAILED
        || outcome == RoundOutcome.PARKED
        || outcome == RoundOutcome.THROTTLED;
  }

  public String getOutcomeLabel() {
    return switch (outcome) {
      case SUCCEEDED -> "Succeeded";
      case THROTTLED -> "Throttled";
      case FAILED -> "Failed";
      case PARKED -> "Parked";
      case FENCED_OUT -> "Fenced out";
    };
  }

  /** What the outcome means, in plain words. */
  public String getReason() {
    if (!error.isBlank()) {
      return error;
    }
    return outcome == RoundOutcome.SUCCEEDED ? kinds : "";
  }

  public long getId() {
    return id;
  }

  public String getTenantName() {
    return tenantName;
  }

  public String getNode() {
    return node;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public long getDurationMs() {
    return durationMs;
  }

  public int getRequests() {
    return requests;
  }

  public int getThrottled() {
    return throttled;
  }

  public int getChanges() {
    return changes;
  }

  public RoundOutcome getOutcome() {
    return outcome;
  }

  public long getTenantId() {
    return tenantId;
  }
}
