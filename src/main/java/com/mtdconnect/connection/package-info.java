/**
 * Connection: what Microsoft says about one customer tenant right now, asked through the Graph
 * gateway on the operator's request (never while a page renders): whether the tenant answers, which
 * of the permissions the integration needs its administrator granted, and the state of the MTD
 * connector.
 *
 * <p>Design decision: the check only reads. Every gateway failure ({@code GraphFailure}) becomes a
 * report with the gateway's plain-language message and whether retrying later can help; nothing is
 * stored, so a failed check can never lose data.
 */
package com.mtdconnect.connection;
