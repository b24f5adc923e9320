/**
 * Audit log: the staff's view of the audit trail the {@code audit} component records: filter, page,
 * export as CSV, and the retention that purges old events. Split from writing so that audit writers
 * depend on nothing, while reading may depend on rbac (the reader's scope) and tenancy (the
 * tenants' scope tags).
 *
 * <p>Design decision: reading is scoped like everything else ({@link
 * com.mtdconnect.auditlog.boundary.AuditLog}): events of tenants within the reader's Tenants: Read
 * scope, portal-wide events only with Audit: Read, and of those the events about roles and
 * assignments only when the reader's Roles: Read scope reaches the scope tags the event keeps (the
 * rule of the role pages); the scope is a Criteria predicate, so paging and counting stay in the
 * database. Events older than {@code audit.retention-days} are purged daily on the managed
 * scheduler ({@link com.mtdconnect.auditlog.control.AuditRetention}).
 *
 * <p>Rows read as words: tenants and objects are named for the page's rows only, with one query per
 * kind of object ({@link com.mtdconnect.auditlog.control.ObjectNames}), tenant names within the
 * reader's scope. The tenant filter is picked by name among the tenants the reader reads; a posted
 * tenant id is resolved within that scope ({@link
 * com.mtdconnect.auditlog.boundary.AuditTenantConverter}).
 */
package com.mtdconnect.auditlog;
