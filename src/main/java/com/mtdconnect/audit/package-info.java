/**
 * Audit: recording who did what to which tenant, with the state before and after, and reading one
 * tenant's history. Every component that changes state writes here, so this component depends on
 * nothing else of ours; reading and searching the whole log for staff, which needs their RBAC scope
 * and the tenants' tags, is the separate {@code auditlog} component on top.
 *
 * <p>Design decision: every use-case boundary that changes state records its audit event through
 * {@link com.mtdconnect.audit.control.AuditTrail} inside its own transaction ({@code MANDATORY}),
 * so a change and its audit record are committed or rolled back together. Snapshots are JSON
 * written by JSON-B from plain maps. Refusals are recorded in a transaction of their own ({@code
 * REQUIRES_NEW}), so they stay when the refused use case rolls back.
 *
 * <p>Design decision: people read events in words, in one place. {@link
 * com.mtdconnect.audit.entity.AuditActions} names every action the product records (a unit test
 * reads the sources to keep it complete), and {@link com.mtdconnect.audit.entity.StateChanges}
 * turns the snapshots into changed fields with full values, codes as words and lists as lists; the
 * audit log, its CSV, a tenant's history and the dashboard all show these.
 */
package com.mtdconnect.audit;
