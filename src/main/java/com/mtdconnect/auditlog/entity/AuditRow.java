package com.mtdconnect.auditlog.entity;

import com.mtdconnect.audit.entity.AuditEvent;

/**
 * One audit event as the log shows it: the event, the display name of its tenant and its object in
 * words, resolved for the page's rows only and only for a tenant the reader may open (otherwise
 * just its id shows).
 */
public class AuditRow {

  private final AuditEvent event;
  private final String tenantName;
  private final AuditObject object;

  /** A row whose object is shown by its kind and id only. */
  public AuditRow(AuditEvent event, String tenantName) {
    this(event, tenantName, AuditObject.of(event.getObjectType(), event.getObjectId(), null));
  }

  public AuditRow(AuditEvent event, String tenantName, AuditObject object) {
    this.event = event;
    this.tenantName = tenantName;
    this.object = object;
  }

  public AuditEvent getEvent() {
    return event;
  }

  /** The tenant's display name, or null for portal-wide events and tenants out of reach. */
  public String getTenantName() {
    return tenantName;
  }

  /** Whether the tenant's name links to its page: the reader may open it. */
  public boolean isTenantLinked() {
    return tenantName != null;
  }

  /** What the event is about, in words. */
  public AuditObject getObject() {
    return object;
  }
}
