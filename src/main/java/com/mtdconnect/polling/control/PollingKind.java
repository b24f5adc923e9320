package com.mtdconnect.polling.control;

import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;

/**
 * One kind of work a tenant round does: enrollment sync, app status, connector heartbeat, consent
 * check, policy drift. Implementations are CDI beans; the round finds them all and runs those that
 * are due, in {@link #order()}. A kind stores what it read itself, in a transaction that calls
 * {@link PollFence#hold} for the round's generation.
 *
 * <p>Failures: a kind throws the gateway's {@code GraphFailure} subclasses as they come; the round
 * decides (throttled: the round stops and is rescheduled after {@code Retry-After}; consent missing
 * or tenant gone: the tenant is parked; unavailable: backoff with jitter). {@link FencedOut} means
 * a newer round owns the tenant: the round stops without recording anything else.
 *
 * <p>Kinds run on the scheduler's long-lived managed threads: every database read or write goes
 * through a {@code @Transactional} method (outside a transaction the server's entity manager is
 * closed under such threads).
 */
public interface PollingKind {

  /** Stable short name, shown in the job history: {@code enrollment}, {@code consent}. */
  String name();

  /** Position in the round; lower runs first. */
  default int order() {
    return 100;
  }

  /**
   * How often this kind needs a round when that is more often than the tenant's sync frequency (the
   * consent check runs every {@code portal.consent.drift-interval}); empty: the sync frequency is
   * often enough. The round then comes back at the shortest of these and the period, and each
   * kind's {@link #isDue} decides whether it works in that round (compare {@link
   * RoundContext#lastSuccessOf} with {@link RoundContext#period()}).
   */
  default java.util.Optional<java.time.Duration> cadence() {
    return java.util.Optional.empty();
  }

  /**
   * The permissions the kind's reads need. A round skips the kind, saying which permission is
   * missing, while the tenant's verified consent lacks one of them, and runs the others.
   */
  default java.util.Set<com.mtdconnect.consent.entity.RequiredPermission> needs() {
    return java.util.Set.of();
  }

  /** Whether this kind has work in this round (a consent check every few hours, say). */
  boolean isDue(RoundContext round);

  /** Does the kind's Graph work, stores the results under the round's fence, says what changed. */
  KindResult run(RoundContext round);
}
