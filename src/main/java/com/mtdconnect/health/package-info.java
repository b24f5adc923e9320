/**
 * Health: each tenant's health score (0-100) with its reasons, and the alerts its changes raise.
 * The score is recomputed after every polling round (and on demand) from what is stored: consent,
 * the MTD connector's state and heartbeat and the install funnel (inventory summary), the freshness
 * of the data against the tenant's sync frequency and the error and throttle rates of its recent
 * rounds (poll rounds). Pages read the stored result; nothing here calls Microsoft.
 *
 * <p>Design decisions: the rules are one pure function ({@link
 * com.mtdconnect.health.control.HealthRules}) over facts read beforehand, so every reason and
 * threshold is unit-tested; a tenant never polled reads "not polled yet", never a made-up score.
 * Alerts go out once per change of state, held back by a minimum interval per tenant and by a
 * hysteresis band on the score ({@link com.mtdconnect.health.control.AlertGate}), so a flapping
 * tenant does not flood anyone. They are written to an outbox table in the transaction of the
 * change and delivered by a worker (mail through the outbox component's SMTP sender, HMAC-signed
 * webhooks), retried with exponential backoff, at least once.
 */
package com.mtdconnect.health;
