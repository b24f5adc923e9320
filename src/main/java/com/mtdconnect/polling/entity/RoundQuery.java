package com.mtdconnect.polling.entity;

import java.io.Serializable;

/** The job history's filters: a tenant, an outcome, a period. All optional. */
public class RoundQuery implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How far back the history looks. */
  public enum Period {
    HOUR("Last hour", 1),
    DAY("Last 24 hours", 24),
    WEEK("Last 7 days", 24 * 7),
    MONTH("Last 30 days", 24 * 30),
    ALL("Everything kept", 0);

    private final String label;
    private final long hours;

    Period(String label, long hours) {
      this.label = label;
      this.hours = hours;
    }

    public String getLabel() {
      return label;
    }

    /** Hours back from now; 0 for no limit. */
    public long hours() {
      return hours;
    }
  }

  private Long tenantId;
  private RoundOutcome outcome;
  private Period period = Period.DAY;

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public RoundOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(RoundOutcome outcome) {
    this.outcome = outcome;
  }

  public Period getPeriod() {
    return period;
  }

  public void setPeriod(Period period) {
    this.period = period == null ? Period.DAY : period;
  }
}
