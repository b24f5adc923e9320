/**
 * Identity: who is signed in. Staff sign in through OpenID Connect with Jakarta Security's OpenID
 * mechanism against the Entra ID v2.0 endpoints of the MSP's own tenant, given directly rather than
 * discovered ({@link com.mtdconnect.identity.boundary.StaffSignInMechanism}); in the demo artifact
 * and the tests the simulator answers at those endpoints, through the same code. The portal keeps
 * no passwords; its staff directory remembers who signed in with which Entra groups. {@link
 * com.mtdconnect.identity.boundary.CurrentStaff} answers who is behind a request and from which
 * address; what they may do is decided by the rbac component, which sits above this one and asks it
 * (identity depends only on the platform and on audit writing).
 *
 * <p>Design decision: the mechanism wraps the OpenID one and keeps the signed-in caller and their
 * groups in the HTTP session, announcing them to the container on every request. This is the
 * measured work-around for Payara bug #6145, where signed-in users randomly lost their groups (and
 * got 403) under concurrent requests; a concurrency test in the suite keeps it honest. The price:
 * token expiry is not checked after sign-in, so the session's idle and absolute timeouts ({@link
 * com.mtdconnect.identity.control.SessionPolicy}) bound it, and Entra group changes count at the
 * next sign-in. After sign-in staff land on the portal's address, whose page (rbac's {@code Home})
 * picks their landing page by what they may do.
 */
package com.mtdconnect.identity;
