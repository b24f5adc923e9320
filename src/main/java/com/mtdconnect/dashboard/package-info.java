/**
 * Dashboards: the fleet overview MSP leads open first (counters, the tenants that need attention
 * with the one action that fixes each, charts with their numbers, the whole fleet as a lazy table)
 * and the support staff's tenant dashboard, which composes the panels of the components that own
 * the facts (health, consent, polling, audit).
 *
 * <p>Design decisions: pages never call Graph; they read what polling and health stored and say how
 * old it is. The fleet reads one database view, {@code fleet_row} (V18), that joins a tenant's
 * registry, health, funnel and polling rows by tenant id, so counters, ranking and the table are
 * each one SQL statement over indexed joins, limited to the caller's scope tags by the same
 * predicate as the tenant list ({@code rbac.control.ScopePredicates}). The install coverage over
 * time is the one fact no other component keeps: a row per tenant and day, written after each
 * round.
 */
package com.mtdconnect.dashboard;
