package com.mtdconnect.auditlog.entity;

import com.mtdconnect.rbac.entity.TenantScope;

/**
 * Which audit events one reader sees.
 *
 * @param tenants the tenants whose events they read (Tenants: Read)
 * @param portalWide whether they read events about no tenant (Audit: Read)
 * @param roles among those, the role and assignment events they read: the ones whose scope tags
 *     their Roles: Read scope reaches, as on the role pages (all tenants: every one; untagged ones
 *     only with all tenants)
 */
public record AuditScope(TenantScope tenants, boolean portalWide, TenantScope roles) {}
