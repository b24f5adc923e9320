/**
 * Platform: what every business component stands on, and so it depends on no other component.
 * Runtime mode (demo or production) from MicroProfile Config, database migrations at start,
 * security headers and the Origin check on state-changing requests, error pages that show an error
 * id the log also has, readiness health, the client address behind trusted proxies ({@code
 * ClientAddresses}, the one place that reads {@code X-Forwarded-For}), and what every component's
 * boundary needs: {@code Unguarded} (a boundary that needs no permission, with the reason) and
 * {@code ProblemForUser}.
 *
 * <p>Design decisions: configuration is read only through MicroProfile Config (defaults in the WAR,
 * overrides in {@code config/} files passed as system properties, and environment variables); the
 * schema is owned by Flyway, never by EclipseLink.
 */
package com.mtdconnect.platform;
