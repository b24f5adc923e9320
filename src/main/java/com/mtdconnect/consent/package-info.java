/**
 * Consent: the admin-consent lifecycle of a customer tenant. Operators create signed, expiring
 * links (a newer link replaces the older ones) and mail them to the customer's contact; the
 * customer's public page explains every permission and sends their administrator to Microsoft's v2
 * admin-consent endpoint with a single-use {@code state} bound to their browser; the callback
 * checks that state before anything else, maps Microsoft's errors to plain words, and on approval
 * verifies, in the tenant our record names, which app roles our service principal really holds,
 * retrying with backoff while Microsoft replicates. A recurring drift check catches revocation and
 * narrowing, degrades the tenant, and tracks the time until the customer consents again.
 *
 * <p>Design decisions: the customer's pages are stateless views with request-scoped beans ({@code
 * StatelessCustomerPages}): opening a link creates no session, and their forms carry the link or
 * result key in their URL. The generated link-signing key is stored encrypted ({@code
 * SigningKeyStore}).
 */
package com.mtdconnect.consent;
