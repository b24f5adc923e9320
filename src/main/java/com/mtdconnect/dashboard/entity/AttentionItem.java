package com.mtdconnect.dashboard.entity;

import com.mtdconnect.health.entity.HealthState;
import java.io.Serializable;

/**
 * A tenant that needs attention: why, and the one action that fixes it (a page to open, or "sync
 * now", which the fleet page runs in place).
 */
public class AttentionItem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the fix is. */
  public enum Fix {
    RECONSENT("Send a re-consent link"),
    CONSENT_LINK("Send a consent link"),
    SYNC_NOW("Sync now"),
    RESUME_ONBOARDING("Resume onboarding"),
    REVIEW_DRIFT("Accept or revert the drift"),
    OPEN_TENANT("Open tenant");

    private final String label;

    Fix(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    public String getName() {
      return name();
    }
  }

  private final long tenantId;
  private final String tenantName;
  private final HealthState health;
  private final Integer score;
  private final String reason;
  private final Fix fix;
  private final String fixPage;

  public AttentionItem(
      long tenantId,
      String tenantName,
      HealthState health,
      Integer score,
      String reason,
      Fix fix,
      String fixPage) {
    this.tenantId = tenantId;
    this.tenantName = tenantName;
    this.health = health;
    this.score = score;
    this.reason = reason;
    this.fix = fix;
    this.fixPage = fixPage;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getTenantName() {
    return tenantName;
  }

  public HealthState getHealth() {
    return health;
  }

  public Integer getScore() {
    return score;
  }

  public String getReason() {
    return reason;
  }

  public Fix getFix() {
    return fix;
  }

  /** The page (path below the portal's address) where the fix is done. */
  public String getFixPage() {
    return fixPage;
  }
}
