/**
 * Demo: the sample customer data a demo-mode portal starts with (demo staff accounts live in
 * identity), so that every screen has something true to show offline.
 *
 * <p>Design decision: seeding happens once per database (a marker row records it) and goes through
 * the same entities and audit trail as real work, with the actor {@code system:demo-seed}; it never
 * runs in production mode.
 */
package com.mtdconnect.demo;
