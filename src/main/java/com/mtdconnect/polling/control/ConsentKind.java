package com.mtdconnect.polling.control;

import com.mtdconnect.consent.control.ConsentRounds;
import com.mtdconnect.consent.control.ConsentSettings;
import com.mtdconnect.consent.entity.DriftFinding;
import com.mtdconnect.consent.entity.VerificationProblem;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The consent drift check as part of the tenant's round, every {@code
 * portal.consent.drift-interval}: what the tenant granted is one more step of the round's shared
 * first {@code $batch} (so the check costs no request of its own), and consent judges it and
 * records what moved exactly as its own check does (its findings, audit and lifecycle facts). Lost
 * consent parks the tenant; Microsoft being busy fails the round for a retry.
 */
@ApplicationScoped
public class ConsentKind implements FirstReadsContributor {

  public static final String NAME = "consent";

  @Inject ConsentRounds consent;
  @Inject ConsentSettings settings;
  @Inject RoundFirstReads firstReads;

  @Override
  public String name() {
    return NAME;
  }

  /** First: nothing else is worth asking Microsoft when the consent is gone. */
  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Duration> cadence() {
    return Optional.of(settings.driftInterval());
  }

  @Override
  public boolean isDue(RoundContext round) {
    return isDue(round.lastSuccessOf(NAME), round.startedAt(), settings.driftInterval());
  }

  /** Due when it never ran or the interval (less a 10 % margin for jitter) passed. Pure. */
  static boolean isDue(Optional<LocalDateTime> last, LocalDateTime now, Duration interval) {
    return last.map(t -> !t.plus(interval.multipliedBy(9).dividedBy(10)).isAfter(now)).orElse(true);
  }

  @Override
  public RoundReads contribute(RoundContext round, RoundReads reads) {
    return reads.withGrantedAppRoles();
  }

  @Override
  public KindResult run(RoundContext round) {
    Answer<List<GrantedAppRole>> granted;
    try {
      granted = firstReads.take(round, NAME).grantedAppRoles().orElseThrow();
    } catch (GraphFailure batchRefused) {
      // the batch as a whole failed (token refused, tenant gone, still throttled): for the
      // consent that is what reading the grant met, judged as the check alone would judge it
      granted = Answer.failed(batchRefused);
    }
    DriftFinding finding = consent.checkDrift(round.tenantId(), granted);
    if (finding.lost()) {
      throw new ParkTenant(
          finding.reason().isBlank() ? "The tenant's consent was lost." : finding.reason());
    }
    VerificationProblem problem = finding.problem();
    if (problem != null) {
      if (problem.isTransient() && problem.retryAfter() != null && !problem.retryAfter().isZero()) {
        throw new GraphThrottled(round.directoryId(), problem.retryAfter(), problem.reason());
      }
      if (problem.isTransient()) {
        throw new GraphUnavailable(round.directoryId(), problem.reason(), null);
      }
      throw new ParkTenant(problem.reason() + " " + problem.advice());
    }
    return new KindResult(
        finding.changed() ? 1 : 0,
        finding.changed() ? "now " + finding.status().name().toLowerCase() : "unchanged");
  }
}
