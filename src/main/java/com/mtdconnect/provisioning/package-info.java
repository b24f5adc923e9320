/**
 * Provisioning: what the MSP's mobile threat defense integration needs in a customer's Intune (per
 * platform the store app, its app configuration, a compliance policy that requires the device
 * threat level, their assignments, and the MTD connector), planned against what Intune holds now
 * and applied step by step in the background; offboarding removes exactly what we created. The
 * MSP's app catalogue (configured once) says which app and settings go out.
 *
 * <p>Design decisions: every object we create carries a stable marker ({@code Managed by MTD
 * Connect [mtdc:<key>]}, in a field Intune keeps) and every apply step first looks for its object
 * by that marker, so a step repeated after a crash, a fault or a restart finds the object instead
 * of creating a second one: runs are resumable from the step where they stopped. Assignments are
 * merged with those others made before posting, because Intune's assign replaces the whole set.
 */
package com.mtdconnect.provisioning;
