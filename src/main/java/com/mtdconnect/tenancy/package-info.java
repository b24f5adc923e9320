/**
 * Tenancy: the registry of customer tenants the MSP manages (register, import from CSV, find, edit,
 * archive, restore) and each tenant's one truthful status.
 *
 * <p>Design decisions: {@link com.mtdconnect.tenancy.boundary.TenantRegistry} is the one
 * transactional facade; every change checks the caller's permission, compares the version the
 * editor loaded (optimistic locking with a message that names who changed the tenant meanwhile) and
 * writes an audit event in the same transaction. Registration asks Microsoft first (Entra's OpenID
 * configuration document through the graph component's {@code TenantDiscovery}): a tenant is kept
 * under the tenant id Microsoft confirmed, and an unknown tenant is refused. The lifecycle is never
 * typed: other components report facts through {@link
 * com.mtdconnect.tenancy.control.TenantLifecycleChanges} (consent, onboarding, provisioning) and
 * one pure rule, {@link com.mtdconnect.tenancy.entity.TenantStatusRules}, derives the lifecycle,
 * its reason and the next action; the derived lifecycle and "needs attention" are stored only so
 * that lists filter, sort and count in the database through {@link
 * com.mtdconnect.tenancy.control.TenantSearch}, never in memory. Tenancy sits above rbac: it tells
 * rbac's permission guard a tenant's scope tags through {@link
 * com.mtdconnect.tenancy.control.TenantTags}, an implementation of rbac's {@code ScopedTenants}.
 */
package com.mtdconnect.tenancy;
