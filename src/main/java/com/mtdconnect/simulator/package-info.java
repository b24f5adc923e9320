/**
 * The Microsoft cloud simulator: a stateful, offline stand-in for the parts of Entra ID, Microsoft
 * Graph and Intune that the portal touches, speaking Microsoft's documented HTTP contracts (see
 * shared/reference/graph-contracts.md).
 *
 * <p>Key decisions:
 *
 * <ul>
 *   <li>The core is framework-neutral: {@link
 *       com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator} turns a {@link
 *       com.mtdconnect.simulator.entity.SimRequest} into a {@link
 *       com.mtdconnect.simulator.entity.SimResponse}. Two thin adapters carry it: a servlet under
 *       {@code /simulator/*} (demo mode only, 404 otherwise) and a loopback HTTP server for tests
 *       and benchmarks. URL layout: {@code {base}/login/...} mirrors login.microsoftonline.com and
 *       {@code {base}/graph/v1.0|beta/...} mirrors graph.microsoft.com. Links it emits (nextLink,
 *       deltaLink) use Microsoft's public URLs, because clients reroute only the transport.
 *   <li>Bulk directory data is never materialised: users, groups, memberships and devices are
 *       derived on demand from a per-tenant seed (ids encode their index), so 10,000 tenants with a
 *       million devices cost a few megabytes. Mutations (group changes, Intune objects, consent)
 *       are kept as small overlays with a change log that drives delta queries.
 *   <li>Fault injection (throttling, 5xx, latency, timeouts, consent revocation, delta expiry,
 *       tenant deletion) is set per tenant through {@link
 *       com.mtdconnect.simulator.entity.TenantFaults} and the tenant's own methods.
 * </ul>
 */
package com.mtdconnect.simulator;
