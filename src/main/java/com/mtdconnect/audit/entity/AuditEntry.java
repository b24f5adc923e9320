package com.mtdconnect.audit.entity;

import java.util.List;
import java.util.Map;

/**
 * What a boundary wants recorded about one change.
 *
 * @param action what happened, e.g. {@code TENANT_REGISTERED}
 * @param tenantId the tenant concerned, or null for portal-wide changes
 * @param objectType the kind of object changed, e.g. {@code Tenant}
 * @param objectId the changed object's id
 * @param before the object's state before (empty when created)
 * @param after the object's state after (empty when removed)
 * @param roleScopeTags for events about a role or an assignment, the scope tags that decide who
 *     reads the event (empty: untagged, read only with Roles: Read on all tenants); null for every
 *     other event. An assignment event recorded without tags (by the portal's own seeding, say)
 *     counts as untagged: it never falls to the rules of other events, where a tag-scoped reader
 *     would see who holds which role. (Built-in roles are shown to every role reader, so the
 *     start-up sync of a built-in role is recorded with null on purpose.)
 */
public record AuditEntry(
    String action,
    Long tenantId,
    String objectType,
    String objectId,
    Map<String, Object> before,
    Map<String, Object> after,
    List<String> roleScopeTags) {

  /** The object type of role assignment events, which are always scoped by their tags. */
  public static final String ROLE_ASSIGNMENT = "RoleAssignment";

  public AuditEntry {
    if (roleScopeTags == null && ROLE_ASSIGNMENT.equals(objectType)) {
      roleScopeTags = List.of();
    }
    roleScopeTags = roleScopeTags == null ? null : List.copyOf(roleScopeTags);
  }

  /** An event that is not about a role or an assignment. */
  public AuditEntry(
      String action,
      Long tenantId,
      String objectType,
      String objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    this(action, tenantId, objectType, objectId, before, after, null);
  }

  /** An event about a role or an assignment, read by those whose Roles scope reaches the tags. */
  public static AuditEntry ofRoles(
      String action,
      String objectType,
      String objectId,
      Map<String, Object> before,
      Map<String, Object> after,
      List<String> roleScopeTags) {
    return new AuditEntry(action, null, objectType, objectId, before, after, roleScopeTags);
  }
}
