/**
 * Audit: who did what to which tenant, with the state before and after.
 *
 * <p>Design decision: every use-case boundary that changes state records its audit event through
 * {@link com.mtdconnect.audit.control.AuditTrail} inside its own transaction ({@code MANDATORY}),
 * so a change and its audit record are committed or rolled back together. Snapshots are JSON
 * written by JSON-B from plain maps.
 */
package com.mtdconnect.audit;
