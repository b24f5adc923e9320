/**
 * Dashboards: the fleet overview MSP leads open first (counters, the tenants that need attention
 * with the one action that fixes each, charts with their numbers, the whole fleet as a lazy table)
 * and the support staff's tenant dashboard, which composes the panels of the components that own
 * the facts (health, consent, polling, audit).
 *
 * <p>Design decisions: pages never call Graph; they read what polling and health stored and say how
 * old it is. The fleet is read from one database view, {@code fleet_row} (V18), that joins a
 * tenant's registry, health, funnel and polling rows by tenant id, into one in-memory snapshot per
 * node (with the charts' days and hours per tenant), counted again every {@code
 * portal.dashboard.refresh} and at once when the registry changes; counters, ranking, charts and
 * the table's pages are derived from it per scope (the same tag rule as the tenant list), so a
 * fleet page costs no SQL over the fleet whatever its size. The install coverage over time is the
 * one fact no other component keeps: a row per tenant and day, written after each round.
 */
package com.mtdconnect.dashboard;
