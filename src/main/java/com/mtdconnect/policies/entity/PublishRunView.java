package com.mtdconnect.policies.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A publish run as the template page shows it: its phase with the reason and the one next action,
 * the counts per state, and one row per tenant the viewer may see.
 */
public record PublishRunView(
    long runId,
    String templateName,
    String startedBy,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    PublishRun.Phase phase,
    boolean active,
    boolean interrupted,
    int hidden,
    List<Row> rows)
    implements Serializable {

  /** One tenant of the run. */
  public record Row(
      long tenantId,
      String tenantName,
      PublishRunTenant.State state,
      String action,
      String detail,
      int attempts,
      Long durationMs)
      implements Serializable {

    /** What the row says: the plan or result with its reason, or what it waits for. */
    public String getText() {
      return switch (state) {
        case WAITING -> "Waiting for a free worker to plan it";
        case PLANNING -> "Reading what its Intune holds";
        case QUEUED -> attempts > 0 ? "Waiting to be retried" : "Waiting for a free worker";
        case APPLYING -> "Writing into its Intune: " + detail;
        default -> detail;
      };
    }

    public String getStateLabel() {
      return state.getLabel();
    }

    public String getBadge() {
      return state.getBadge();
    }

    /** The duration of the last step, in seconds with one decimal; empty until it finished. */
    public String getDuration() {
      return durationMs == null || state.inProgress()
          ? ""
          : String.format("%.1f s", durationMs / 1000.0);
    }

    public long getTenantId() {
      return tenantId;
    }

    public String getTenantName() {
      return tenantName;
    }

    public String getAction() {
      return action;
    }

    public int getAttempts() {
      return attempts;
    }
  }

  /** How many of the visible tenants are in each state. */
  public Map<PublishRunTenant.State, Long> counts() {
    Map<PublishRunTenant.State, Long> counts = new EnumMap<>(PublishRunTenant.State.class);
    for (PublishRunTenant.State s : PublishRunTenant.State.values()) {
      counts.put(s, 0L);
    }
    rows.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
    return counts;
  }

  public long count(PublishRunTenant.State state) {
    return counts().get(state);
  }

  public long getFailed() {
    return count(PublishRunTenant.State.FAILED);
  }

  /** Where the run stands, in plain words with the reason (the badge names the phase). */
  public String getStateText() {
    Map<PublishRunTenant.State, Long> c = counts();
    if (interrupted) {
      return "The portal stopped while this run was "
          + (phase == PublishRun.Phase.PLANNING ? "planning" : "publishing")
          + "; Resume does what it left undone.";
    }
    return switch (phase) {
      case PLANNING ->
          (c.get(PublishRunTenant.State.PLANNED)
                  + c.get(PublishRunTenant.State.UNCHANGED)
                  + c.get(PublishRunTenant.State.BLOCKED))
              + " of "
              + rows.size()
              + " tenants planned; nothing changes in Intune until you approve. This panel"
              + " follows the run by itself.";
      case AWAITING_APPROVAL ->
          c.get(PublishRunTenant.State.PLANNED)
              + " to create or update, "
              + c.get(PublishRunTenant.State.UNCHANGED)
              + " unchanged, "
              + c.get(PublishRunTenant.State.BLOCKED)
              + " blocked: approve to publish (blocked tenants are left out).";
      case APPLYING ->
          c.get(PublishRunTenant.State.APPLIED)
              + " applied, "
              + c.get(PublishRunTenant.State.UNCHANGED)
              + " unchanged, "
              + c.get(PublishRunTenant.State.FAILED)
              + " failed, "
              + (c.get(PublishRunTenant.State.APPLYING) + c.get(PublishRunTenant.State.QUEUED))
              + " to go; you may leave this page, the run goes on.";
      case FINISHED ->
          c.get(PublishRunTenant.State.APPLIED)
              + " applied, "
              + c.get(PublishRunTenant.State.UNCHANGED)
              + " unchanged, "
              + c.get(PublishRunTenant.State.BLOCKED)
              + " blocked, "
              + c.get(PublishRunTenant.State.FAILED)
              + " failed"
              + (c.get(PublishRunTenant.State.FAILED) > 0
                  ? ": see the reason on each, fix the cause, then retry the failed tenants."
                  : ".");
    };
  }

  /** The badge: Planning, Awaiting approval, Publishing, Interrupted or Finished. */
  public String getStateLabel() {
    if (interrupted) {
      return "Interrupted";
    }
    return switch (phase) {
      case PLANNING -> "Planning";
      case AWAITING_APPROVAL -> "Awaiting approval";
      case APPLYING -> "Publishing";
      case FINISHED -> "Finished";
    };
  }

  public String getBadge() {
    if (active) {
      return "configuring";
    }
    return interrupted || getFailed() > 0
        ? "degraded"
        : phase == PublishRun.Phase.AWAITING_APPROVAL ? "invited" : "active";
  }

  /** The plan waits for the operator's approval. */
  public boolean isAwaitingApproval() {
    return phase == PublishRun.Phase.AWAITING_APPROVAL && !interrupted;
  }

  /** The one next action after the run: retry the failed tenants or resume; else empty. */
  public String getRetryAction() {
    if (interrupted) {
      return "Resume";
    }
    return phase == PublishRun.Phase.FINISHED && getFailed() > 0
        ? "Retry the " + getFailed() + " failed"
        : "";
  }

  public long getRunId() {
    return runId;
  }

  public String getTemplateName() {
    return templateName;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
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
