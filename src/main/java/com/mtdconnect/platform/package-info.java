/**
 * Platform: what every business component stands on, and so it depends on no other component.
 * Settings from MicroProfile Config, where Microsoft's endpoints are reached ({@code
 * MicrosoftEndpoints}), database migrations at start, security headers and the Origin check on
 * state-changing requests, error pages that show an error id the log also has, readiness health,
 * the client address behind trusted proxies ({@code ClientAddresses}, the one place that reads
 * {@code X-Forwarded-For}), the portal's one {@code java.time.Clock} ({@code PortalClock}),
 * encryption at rest of the secrets the portal stores ({@code StoredSecrets}, AES-GCM under {@code
 * portal.secrets.key}), and what every component's boundary needs: {@code Unguarded} (a boundary
 * that needs no permission, with the reason) and {@code ProblemForUser}. It also carries background
 * runs over many tenants out (profile runs, publish runs): {@code RunLanes}, a pool of lanes on the
 * container's managed thread factory, each taking the run's next tenant and giving it its {@code
 * TenantTurn} (a request context of its own, acting for the run's {@code RunActor} through {@code
 * ActingForActor}, which identity implements, a failure turned into the tenant's refusal, the
 * duration); a kind of run says only how to take, work on and record a tenant ({@code
 * TenantRunSteps}). Their entities share the columns of {@code BackgroundRun} and {@code
 * BackgroundRunTenant}; an {@code ExplainedFailure}'s message is what the run records as the
 * reason.
 *
 * <p>Design decisions: configuration is read only through MicroProfile Config (defaults in the WAR,
 * overrides in {@code config/} files passed as system properties, and environment variables); the
 * schema is owned by Flyway, never by EclipseLink; product code reads the time of day only from
 * {@code PortalClock}'s clock (pinned by {@code OneClockTest}), so tests can move the portal's
 * time. There is no runtime "mode": the production WAR is the product only; the demo artifact adds
 * a demo layer that replaces the product's seams ({@code MicrosoftEndpoints}, the outbox's {@code
 * MailDelivery}) with CDI alternatives. The security headers are written by one class ({@code
 * SecurityHeaders}) for both ways a response leaves: the filter, and the sign-in mechanism, which
 * Jakarta Security runs before any filter. Error pages render as fresh views, never as a postback
 * of the failed request; a page opened with a view parameter that cannot be converted answers 404
 * ({@code UnparseableViewParameters}) instead of the page without it. A background run's lane does
 * its tenant's work on its own thread, never as a task of the container's managed executor: the
 * Graph gateway's token requests run there, and a tenant task waiting for its token on the same
 * executor can starve it.
 */
package com.mtdconnect.platform;
