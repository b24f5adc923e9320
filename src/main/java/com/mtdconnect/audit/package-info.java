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
 */
package com.mtdconnect.audit;
