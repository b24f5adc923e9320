package com.mtdconnect.tenancy.entity;

/**
 * CDI event: a tenant was archived or restored, fired in the transaction of the change (observers
 * that act on it observe after it committed). Components that keep work going for a tenant (its
 * polling schedule) stop or resume it; tenancy knows nothing of them.
 *
 * @param tenantId the registry's id of the tenant
 * @param archived true when archived, false when restored
 */
public record TenantArchiveChanged(long tenantId, boolean archived) {}
