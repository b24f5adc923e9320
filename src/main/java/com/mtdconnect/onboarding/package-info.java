/**
 * Onboarding: takes a consented tenant through the wizard's choices (platforms and threat level,
 * sync frequency, the Entra groups to target), saved step by step so the operator can leave and
 * resume at any time, and the MSP's named onboarding profiles that fill those choices for one
 * tenant or many at once. What comes after the choices (plan, apply, confirm app status) is
 * provisioning's; {@link com.mtdconnect.onboarding.boundary.TenantOnboardings#intent} hands the
 * choices over.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>Every state the wizard shows is derived from stored facts, by one set of rules ({@link
 *       com.mtdconnect.onboarding.entity.OnboardingSteps}): the consent component's verified status
 *       (read through its boundary, never recomputed) and the saved record. What Graph answered
 *       (connector clashes, member counts, the tenant's size, the users and devices in scope) is
 *       stored with the choice it belongs to; a Graph failure becomes the step's reason in plain
 *       words and never loses a choice.
 *   <li>Permissions: the wizard uses Onboarding: Read / Run on the tenant. Profiles are MSP-wide
 *       objects without tenant data: reading them needs Onboarding: Read or Policies: Read,
 *       creating, changing and deleting them the Policies permissions (the built-in "Policy and
 *       Profile Manager" role is meant for them, and operators who run onboarding should not
 *       redefine the MSP's defaults), applying one needs Onboarding: Run on each tenant it fills.
 * </ul>
 */
package com.mtdconnect.onboarding;
