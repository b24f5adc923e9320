package com.mtdconnect.auditlog.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The audit log's filters as staff set them on the page; empty fields do not filter. Times are UTC.
 * The time window is a preset ending now ({@link AuditPeriod}) or, without one or with the custom
 * range, the from and to times as set.
 */
public class AuditQuery implements Serializable {
  private static final long serialVersionUID = 1L;

  private AuditPeriod period;
  private LocalDateTime from;
  private LocalDateTime to;
  private String actor;
  private String action;
  private Long tenantId;

  /** The preset, or null for any time (from and to as set, empty for no bound). */
  public AuditPeriod getPeriod() {
    return period;
  }

  /** Choosing a preset or "any time" drops a custom range typed before. */
  public void setPeriod(AuditPeriod period) {
    this.period = period;
    if (period != AuditPeriod.CUSTOM) {
      from = null;
      to = null;
    }
  }

  /** The earliest time the filter reaches at {@code now}, if any. */
  public Optional<LocalDateTime> earliestAt(LocalDateTime now) {
    if (period != null && period.length().isPresent()) {
      return Optional.of(now.minus(period.length().get()));
    }
    return Optional.ofNullable(from);
  }

  /** The latest time the filter reaches, if any (presets end now: no bound). */
  public Optional<LocalDateTime> latest() {
    return period != null && period.length().isPresent()
        ? Optional.empty()
        : Optional.ofNullable(to);
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }
}
