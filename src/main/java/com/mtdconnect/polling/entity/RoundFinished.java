package com.mtdconnect.polling.entity;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * CDI event fired after a tenant round was recorded (after its transaction committed), so health
 * and dashboards can recompute from what was stored.
 *
 * @param tenantId the registry's id of the tenant
 * @param startedAt when the round started (UTC)
 * @param duration how long it took
 * @param requests HTTP requests sent to Microsoft (a {@code $batch} counts once)
 * @param throttled of those, answered 429
 * @param changes stored facts that changed
 * @param outcome how the round ended
 * @param error the failure in plain words, empty when none
 */
public record RoundFinished(
    long tenantId,
    LocalDateTime startedAt,
    Duration duration,
    int requests,
    int throttled,
    int changes,
    RoundOutcome outcome,
    String error) {}
