package com.mtdconnect.polling.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Where a tenant's polling stands, for the tenant page.
 *
 * @param scheduled whether the tenant has a round schedule
 * @param nextRoundAt when the next round runs (UTC), or null
 * @param running whether a round runs right now
 * @param lastRoundAt when the last round started (UTC), or null
 * @param lastOutcome how it ended, or null
 * @param lastError its failure in plain words, or empty
 * @param parkedReason why the tenant is parked, or null when it is not
 */
public record TenantSyncStatus(
    boolean scheduled,
    LocalDateTime nextRoundAt,
    boolean running,
    LocalDateTime lastRoundAt,
    RoundOutcome lastOutcome,
    String lastError,
    String parkedReason)
    implements Serializable {

  public boolean isScheduled() {
    return scheduled;
  }

  public boolean isRunning() {
    return running;
  }

  public boolean isParked() {
    return parkedReason != null;
  }

  public LocalDateTime getNextRoundAt() {
    return nextRoundAt;
  }

  public LocalDateTime getLastRoundAt() {
    return lastRoundAt;
  }

  public RoundOutcome getLastOutcome() {
    return lastOutcome;
  }

  public String getLastError() {
    return lastError;
  }

  public String getParkedReason() {
    return parkedReason;
  }

  /** The state in one sentence with its next action. */
  public String getSummary() {
    if (!scheduled) {
      return "Not polled: the tenant is polled once its consent is verified.";
    }
    if (parkedReason != null) {
      return "Parked: " + parkedReason + " Polling resumes when the consent is verified again.";
    }
    if (running) {
      return "A round is running now.";
    }
    if (lastOutcome == null) {
      return "Scheduled; no round has run yet.";
    }
    return switch (lastOutcome) {
      case SUCCEEDED -> "Last round succeeded.";
      case THROTTLED -> "Microsoft throttled the last round; it is retried when Microsoft allows.";
      case FAILED -> "The last round failed (" + lastError + "); it is retried with backoff.";
      case PARKED -> "Parked.";
      case FENCED_OUT -> "The last round was overtaken by a newer one.";
    };
  }
}
