/**
 * Demo: the demo layer's wiring of the product to the simulated Microsoft cloud, and the sample
 * data a demo portal starts with, so that every screen has something true to show offline. It lives
 * in {@code src/demo/java} and ships only in the demo artifact ({@code ROOT-demo.war}); the
 * production WAR does not contain it.
 *
 * <p>Design decisions: the demo plugs into the product only through the product's seams, as CDI
 * alternatives with a priority ({@code DemoMicrosoftEndpoints}: Microsoft is reached at the
 * simulator; {@code DemoMailbox}: mails stay in the outbox), and through configuration ({@code
 * META-INF/microprofile-config.properties} of the demo layer: the simulated app registrations and
 * the demo MSP's tenant). The dependency runs one way: the product never names this package.
 * Seeding (sample tenants, the demo staff's role assignments) happens once per database (a marker
 * row records it) and goes through the same entities and audit trail as real work, with the actor
 * {@code system:demo-seed}.
 */
package com.mtdconnect.demo;
