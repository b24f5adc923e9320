package com.mtdconnect.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One recorded change (or sign-in, or refusal). Times are UTC. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.OF_TENANT,
    query =
        "select e from AuditEvent e where e.tenantId = :tenantId order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = AuditEvent.LATEST_OF_TENANT,
    query =
        "select e from AuditEvent e where e.tenantId = :tenantId and e.objectType = :objectType"
            + " order by e.id desc")
@NamedQuery(
    name = AuditEvent.DELETE_BEFORE,
    query = "delete from AuditEvent e where e.occurredAt < :cutoff")
public class AuditEvent {
  public static final String DELETE_BEFORE = "AuditEvent.deleteBefore";
  public static final String OF_TENANT = "AuditEvent.ofTenant";
  public static final String LATEST_OF_TENANT = "AuditEvent.latestOfTenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(name = "source_address")
  private String sourceAddress;

  @Column(nullable = false)
  private String action;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(name = "object_type", nullable = false)
  private String objectType;

  @Column(name = "object_id", nullable = false)
  private String objectId;

  @Column(name = "before_state")
  private String beforeState;

  @Column(name = "after_state")
  private String afterState;

  /**
   * For events about a role or an assignment: its scope tags, comma-separated as typed (empty when
   * untagged); null for every other event. Readers see such an event only when their Roles: Read
   * scope reaches one of the tags.
   */
  @Column(name = "role_scope_tags")
  private String roleScopeTags;

  protected AuditEvent() {}

  public AuditEvent(
      LocalDateTime occurredAt,
      String actor,
      String sourceAddress,
      String action,
      Long tenantId,
      String objectType,
      String objectId,
      String beforeState,
      String afterState,
      String roleScopeTags) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.sourceAddress = sourceAddress;
    this.action = action;
    this.tenantId = tenantId;
    this.objectType = objectType;
    this.objectId = objectId;
    this.beforeState = beforeState;
    this.afterState = afterState;
    this.roleScopeTags = roleScopeTags;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  public String getAction() {
    return action;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getBeforeState() {
    return beforeState;
  }

  public String getAfterState() {
    return afterState;
  }

  public String getRoleScopeTags() {
    return roleScopeTags;
  }

  /** The action in words: "Role assignment changed" ({@link AuditActions}). */
  public String getActionLabel() {
    return AuditActions.labelOf(action);
  }

  /** What changed, field by field, with the old and new value in full. */
  public java.util.List<ChangedField> getChanges() {
    return StateChanges.between(beforeState, afterState);
  }
}
