/**
 * Polling: keeps every tenant's picture current after onboarding. One schedule per tenant in
 * db-scheduler (persistent in MariaDB, shared by all nodes), its period from the tenant's sync
 * frequency; each execution is one tenant round that runs every {@link
 * com.mtdconnect.polling.control.PollingKind kind} of work that is due (enrollment, app status,
 * connector heartbeat, consent, later policy drift) in as few Graph requests as Microsoft allows,
 * and records the round.
 *
 * <p>Design decisions: a lease scheme is at least once, so every round bumps the tenant's fencing
 * generation when it starts and every write of polled data commits in one transaction with {@link
 * com.mtdconnect.polling.control.PollFence#hold} for that generation: a paused or partitioned node
 * whose lease lapsed cannot overwrite what a newer round stored. Delta links are stored only in the
 * transaction of the data they cover.
 *
 * <p>Few requests: the inventory kinds ({@link com.mtdconnect.polling.control.EnrollmentKind},
 * {@link com.mtdconnect.polling.control.AppStatusKind}, {@link
 * com.mtdconnect.polling.control.ConnectorHeartbeatKind}) put their first reads into the round's
 * one shared {@code $batch} ({@link com.mtdconnect.polling.control.RoundFirstReads}); only what
 * changed costs more requests, so an idle round is one request for all of them. What they store
 * (the inventory and the per-platform install funnel) is read by the app status page without ever
 * calling Graph.
 */
package com.mtdconnect.polling;
