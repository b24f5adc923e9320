package com.mtdconnect.auditlog.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The audit log's filters as staff set them on the page; empty fields do not filter. Times are UTC.
 */
public class AuditQuery implements Serializable {
  private static final long serialVersionUID = 1L;

  private LocalDateTime from;
  private LocalDateTime to;
  private String actor;
  private String action;
  private Long tenantId;

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
