package com.mtdconnect.audit.entity;

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
 */
public record AuditEntry(
    String action,
    Long tenantId,
    String objectType,
    String objectId,
    Map<String, Object> before,
    Map<String, Object> after) {}
