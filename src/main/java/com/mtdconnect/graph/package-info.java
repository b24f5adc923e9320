/**
 * The Graph gateway: the portal's only way to Entra ID, Microsoft Graph and Intune.
 *
 * <p>Key decisions:
 *
 * <ul>
 *   <li>Everything goes through the real MSAL4J (one {@code ConfidentialClientApplication}, a token
 *       per customer tenant via {@code .tenant(id)}, cached by MSAL) and the real Graph SDK (one
 *       cached {@code GraphServiceClient} per tenant on {@code GraphClientFactory.create(...)}).
 *       URLs are always Microsoft's; the transport (MSAL's {@code IHttpClient}, an OkHttp
 *       interceptor) sends them where {@code platform.control.MicrosoftEndpoints} says: to
 *       Microsoft in the product, to the simulator only where the demo layer is deployed.
 *   <li>SDK and MSAL types and HTTP status codes never leave this package: {@link
 *       com.mtdconnect.graph.boundary.GraphGateway} returns records from {@code graph.entity} and
 *       throws subclasses of {@link com.mtdconnect.graph.entity.GraphFailure} named after the
 *       problem, each with an operator-readable message and a retry decision.
 *   <li>We pace ourselves instead of collecting 429s: a token bucket per tenant and workload family
 *       (below Microsoft's published per-app-per-tenant limits) and two shared by all tenants (the
 *       app's requests, and its directory resource units) sit in the OkHttp chain inside the SDK's
 *       retry handler, whose retries are capped per request. Microsoft's {@code Retry-After} pauses
 *       a tenant's family or, for an application-scoped 429, every tenant; {@code
 *       x-ms-throttle-limit-percentage} slows the pace until the signal stops.
 *   <li>Server-driven paging is written once: {@link com.mtdconnect.graph.control.GraphPages}
 *       follows {@code nextLink}s verbatim through the caller's request builder, so every page is
 *       paced, counted and fails with the same typed errors as the first.
 *   <li>Finding which tenant a domain names needs no token: {@link
 *       com.mtdconnect.graph.boundary.TenantDiscovery} reads Entra's public OpenID configuration
 *       document with a small {@code java.net.http} client (finite timeouts), through the same
 *       {@code MicrosoftEndpoints} seam.
 * </ul>
 */
package com.mtdconnect.graph;
