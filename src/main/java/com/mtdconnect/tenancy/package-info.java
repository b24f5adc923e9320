/**
 * Tenancy: the registry of customer tenants the MSP manages (create, find, edit, archive, restore).
 *
 * <p>Design decisions: {@link com.mtdconnect.tenancy.boundary.TenantRegistry} is the one
 * transactional facade; every change checks the caller's permission, compares the version the
 * editor loaded (optimistic locking with a message that names who changed the tenant meanwhile) and
 * writes an audit event in the same transaction. Lists page, sort and filter in the database
 * through {@link com.mtdconnect.tenancy.control.TenantSearch}, never in memory. Tenancy sits above
 * rbac: it tells rbac's permission guard a tenant's scope tags through {@link
 * com.mtdconnect.tenancy.control.TenantTags}, an implementation of rbac's {@code ScopedTenants}.
 */
package com.mtdconnect.tenancy;
