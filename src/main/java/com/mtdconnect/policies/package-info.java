/**
 * Mobile security policies: the MSP's templates (per platform, from a preset of strength or custom)
 * and the tenant policies that inherit a template with explicit overrides; every save is a version
 * with its author and comment, and any two versions compare field by field.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>A policy's settings are one flat map of field key to text ({@link
 *       com.mtdconnect.policies.entity.PolicyValues}): the Intune-enforced fields of {@link
 *       com.mtdconnect.policies.entity.PolicyField} and the app configuration keys the MSP defines
 *       ({@code app.<key>}). Inheritance is "template values, then the tenant's overrides", so the
 *       page can say of every field whether it is inherited or overridden, and a diff is a
 *       comparison of two maps.
 *   <li>Validation ({@link com.mtdconnect.policies.control.PolicyValidation}) is one pure function
 *       the page runs before saving (to show the message on the field, keeping what was typed) and
 *       the boundary runs again (nothing invalid is stored, whoever calls).
 *   <li>Permissions: templates are MSP-wide (Policies: Read / Create / Update / Delete on any
 *       tenant scope, as onboarding profiles); tenant policies are checked on their tenant's scope
 *       tags (Policies: Assign to give a tenant a template, Update to change its overrides). The
 *       built-in "Policy and Profile Manager" role holds them all.
 *   <li>Drift is a kind of the tenant round ({@link
 *       com.mtdconnect.policies.control.PolicyDriftKind}, the one edge to {@code polling}): the
 *       compliance policies are a step of the round's shared first {@code $batch}, so the check
 *       costs no request of its own, and a tenant without a published policy asks nothing. A tenant
 *       policy keeps the values it last put into Intune ({@code published_settings}); the round
 *       compares Intune with those, for the fields the publish writes only ({@link
 *       com.mtdconnect.policies.control.PolicyDrift}), and keeps one finding per drifted field.
 *       Accepting moves those values (and the overrides, as a new version), so an accepted
 *       deviation stays accepted; reverting is a publish.
 * </ul>
 */
package com.mtdconnect.policies;
