package com.mtdconnect.onboarding.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A profile run as the profiles page shows it: its state with the reason and the one next action,
 * the counts, and one row per tenant the viewer may see.
 */
public record ProfileRunView(
    long runId,
    String profileName,
    String startedBy,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    boolean active,
    boolean interrupted,
    long done,
    long failed,
    long waiting,
    long running,
    int hidden,
    List<Row> rows)
    implements Serializable {

  /** One tenant of the run. */
  public record Row(
      long tenantId,
      String tenantName,
      ProfileRunTenant.State state,
      String stage,
      String reason,
      int attempts,
      Long durationMs)
      implements Serializable {

    /** What the row says: the stage while running, else the result or the reason. */
    public String getDetail() {
      return switch (state) {
        case WAITING -> attempts > 0 ? "Waiting to be retried" : "Waiting for a free worker";
        case RUNNING -> stage;
        case DONE, FAILED -> reason;
      };
    }

    public String getStateLabel() {
      return state.getLabel();
    }

    public String getBadge() {
      return switch (state) {
        case DONE -> "active";
        case FAILED -> "degraded";
        case RUNNING -> "configuring";
        case WAITING -> "invited";
      };
    }

    /** The duration of the last attempt, in seconds with one decimal; empty until it finished. */
    public String getDuration() {
      return durationMs == null ? "" : String.format("%.1f s", durationMs / 1000.0);
    }

    public long getTenantId() {
      return tenantId;
    }

    public String getTenantName() {
      return tenantName;
    }

    public int getAttempts() {
      return attempts;
    }
  }

  public long total() {
    return done + failed + waiting + running + hidden;
  }

  /** Where the run stands, in plain words with the reason (the badge names the state). */
  public String getStateText() {
    if (active) {
      return done
          + " done, "
          + failed
          + " failed, "
          + running
          + " in progress, "
          + waiting
          + " waiting; this page follows the run by itself.";
    }
    if (interrupted) {
      return "The portal stopped while "
          + (running + waiting)
          + " tenants were left to do ("
          + done
          + " done, "
          + failed
          + " failed); Resume runs them and the failed ones.";
    }
    return failed == 0
        ? "All " + done + " tenants provisioned; their apps are installing."
        : done
            + " done, "
            + failed
            + " failed: see the reason on each, fix the cause, then retry the failed tenants.";
  }

  /** The badge: Running, Interrupted or Finished. */
  public String getStateLabel() {
    return active ? "Running" : interrupted ? "Interrupted" : "Finished";
  }

  /** The one next action: retry the failed tenants, resume an interrupted run, or nothing. */
  public String getNextAction() {
    if (interrupted) {
      return "Resume";
    }
    if (!active && failed > 0) {
      return "Retry failed tenants";
    }
    return "";
  }

  public String getBadge() {
    return active ? "configuring" : interrupted || failed > 0 ? "degraded" : "active";
  }

  public long getRunId() {
    return runId;
  }

  public String getProfileName() {
    return profileName;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public boolean isActive() {
    return active;
  }

  public List<Row> getRows() {
    return rows;
  }

  public int getHidden() {
    return hidden;
  }
}
