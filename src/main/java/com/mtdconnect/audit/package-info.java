/**
 * Audit: who did what to which tenant, with the state before and after.
 *
 * <p>Design decision: every use-case boundary that changes state records its audit event through
 * {@link com.mtdconnect.audit.control.AuditTrail} inside its own transaction ({@code MANDATORY}),
 * so a change and its audit record are committed or rolled back together. Snapshots are JSON
 * written by JSON-B from plain maps. Refusals are recorded in a transaction of their own ({@code
 * REQUIRES_NEW}), so they stay when the refused use case rolls back.
 *
 * <p>Reading the log is scoped like everything else ({@link
 * com.mtdconnect.audit.boundary.AuditLog}): events of tenants within the reader's Tenants: Read
 * scope, portal-wide events only with Audit: Read, and of those the events about roles and
 * assignments only when the reader's Roles: Read scope reaches the scope tags the event keeps (the
 * rule of the role pages). Events older than {@code audit.retention-days} are purged daily on the
 * managed scheduler ({@link com.mtdconnect.audit.control.AuditRetention}).
 */
package com.mtdconnect.audit;
