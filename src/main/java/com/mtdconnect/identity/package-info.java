/**
 * Identity: who is signed in. Staff sign in with a form against staff accounts stored in the
 * portal's database (demo accounts in demo mode, a bootstrap administrator in production); Entra ID
 * sign-in through OpenID Connect replaces the form behind the same {@link
 * com.mtdconnect.identity.control.StaffAuthenticationMechanism}. What a signed-in staff member may
 * do is not part of the account or the session: {@link
 * com.mtdconnect.identity.boundary.CurrentStaff} reads it from their role assignments (the rbac
 * component) on every request, and is the one place boundaries ask.
 *
 * <p>Design decision: the mechanism keeps the signed-in caller and their groups in the HTTP session
 * and announces them to the container on every request. This is the measured work-around for Payara
 * bug #6145, where signed-in users randomly lost their groups (and got 403) under concurrent
 * requests; a concurrency test in the suite keeps it honest.
 */
package com.mtdconnect.identity;
