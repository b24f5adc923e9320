package com.mtdconnect.polling.control;

import com.mtdconnect.consent.control.ConsentRounds;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.CallTotals;
import com.mtdconnect.polling.control.PollState.Finish;
import com.mtdconnect.polling.control.PollState.Start;
import com.mtdconnect.polling.control.RoundPlanning.Verdict;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.PollRound;
import com.mtdconnect.polling.entity.RoundContext;
import com.mtdconnect.polling.entity.RoundFinished;
import com.mtdconnect.polling.entity.RoundOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One tenant round: takes a new fencing generation, runs every kind that is due in order (skipping,
 * with the reason recorded, those needing a permission the tenant's consent lacks: {@link
 * KindSelection}), counts the requests it cost, records the round and says when the next one runs.
 * A failure stops the round and is classified ({@link RoundPlanning#classify}); it never reaches
 * another tenant.
 */
@ApplicationScoped
public class TenantRound {
  private static final Logger LOG = Logger.getLogger(TenantRound.class.getName());

  @Inject PolledTenants tenants;
  @Inject PollState state;
  @Inject @Any Instance<PollingKind> kinds;
  @Inject GraphGateway gateway;
  @Inject Clock clock;
  @Inject PollingSettings settings;
  @Inject Event<RoundFinished> finished;
  @Inject ConsentRounds consent;
  @Inject RoundFirstReads firstReads;

  /**
   * What the scheduler does next with the tenant's schedule.
   *
   * @param delay from now to the next round; empty: the tenant is no longer polled (remove it)
   * @param outcome how the round ended, empty when none ran
   */
  public record Next(Optional<Duration> delay, Optional<RoundOutcome> outcome) {
    static Next remove() {
      return new Next(Optional.empty(), Optional.empty());
    }
  }

  /** Runs the tenant's round now (on a scheduler thread, outside any transaction). */
  public Next run(long tenantId) {
    Optional<PolledTenants.Polled> polled = tenants.polled(tenantId);
    if (polled.isEmpty()) {
      LOG.info(() -> "Tenant " + tenantId + " is gone, archived or offboarded: schedule removed");
      return Next.remove();
    }
    String directoryId = polled.get().directoryId();
    Duration period = polled.get().period();
    Start start = state.begin(tenantId);
    LocalDateTime startedAt = LocalDateTime.now(clock);
    long startedNanos = System.nanoTime();
    RoundContext round =
        new RoundContext(
            tenantId,
            directoryId,
            start.generation(),
            startedAt,
            period,
            start.lastSuccess(),
            consent.notGranted(tenantId));
    long[] before = requests(directoryId);
    List<PollingKind> ordered = ordered();
    List<String> succeeded = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int changes = 0;
    Verdict verdict = null;
    for (PollingKind kind : ordered) {
      try {
        KindSelection.Choice choice = KindSelection.of(kind, round);
        if (choice.skipped()) {
          summaries.add(KindSelection.skippedWords(kind.name(), choice.lacking()));
          skipped.add(KindSelection.skippedEntry(kind.name(), choice.lacking()));
        }
        if (!choice.runs()) {
          continue;
        }
        KindResult result = kind.run(round);
        changes += result.changes();
        succeeded.add(kind.name());
        summaries.add(kind.name() + ": " + result.summary());
      } catch (RuntimeException e) {
        verdict =
            RoundPlanning.classify(
                e, period, start.failuresInARow(), ThreadLocalRandom.current()::nextDouble);
        summaries.add(kind.name() + ": " + verdict.outcome().name().toLowerCase());
        verdict =
            new Verdict(
                verdict.outcome(),
                kind.name() + ": " + verdict.reason(),
                verdict.outcome() == RoundOutcome.FENCED_OUT
                    ? RoundPlanning.afterSuccess(
                        period, shortestCadence(ordered), ThreadLocalRandom.current()::nextDouble)
                    : verdict.delay(),
                verdict.retryAfter());
        log(tenantId, kind, verdict, e);
        break;
      }
    }
    firstReads.release(round);
    if (verdict == null) {
      verdict =
          new Verdict(
              RoundOutcome.SUCCEEDED,
              "",
              RoundPlanning.afterSuccess(
                  period, shortestCadence(ordered), ThreadLocalRandom.current()::nextDouble),
              null);
    }
    long[] after = requests(directoryId);
    Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
    int requests = (int) (after[0] - before[0]);
    int throttled = (int) (after[1] - before[1]);
    PollRound record =
        new PollRound(
            tenantId,
            start.generation(),
            settings.nodeName(),
            startedAt,
            took.toMillis(),
            requests,
            throttled,
            changes,
            verdict.outcome(),
            verdict.reason(),
            String.join("; ", summaries),
            String.join(", ", skipped));
    LocalDateTime nextAllowed =
        verdict.outcome() == RoundOutcome.SUCCEEDED
            ? null
            : LocalDateTime.now(clock).plus(verdict.delay());
    PollRound recorded =
        state.finish(
            new Finish(
                record,
                succeeded,
                nextAllowed,
                verdict.retryAfter() == null ? null : verdict.retryAfter().toMillis()));
    try {
      finished.fire(
          new RoundFinished(
              tenantId,
              startedAt,
              took,
              requests,
              throttled,
              changes,
              recorded.getOutcome(),
              recorded.getError()));
    } catch (RuntimeException e) {
      // an observer's failure must not cost the tenant its schedule: the round is recorded
      LOG.log(Level.WARNING, "An observer of the round of tenant " + tenantId + " failed", e);
    }
    return new Next(Optional.of(verdict.delay()), Optional.of(recorded.getOutcome()));
  }

  /** The kinds in their order. */
  List<PollingKind> ordered() {
    return kinds.stream()
        .sorted(Comparator.comparingInt(PollingKind::order).thenComparing(PollingKind::name))
        .toList();
  }

  /** The shortest cadence any kind asks for. */
  Optional<Duration> shortestCadence(List<PollingKind> ordered) {
    return ordered.stream()
        .map(PollingKind::cadence)
        .flatMap(Optional::stream)
        .min(Comparator.naturalOrder());
  }

  /** Calls and 429s the gateway counted for the tenant so far. */
  private long[] requests(String directoryId) {
    CallTotals totals = gateway.callTotals(directoryId);
    return new long[] {totals.calls(), totals.throttled()};
  }

  private static void log(long tenantId, PollingKind kind, Verdict verdict, RuntimeException e) {
    Level level =
        switch (verdict.outcome()) {
          case THROTTLED, PARKED, FENCED_OUT -> Level.INFO;
          default -> Level.WARNING;
        };
    LOG.log(
        level,
        "Round of tenant "
            + tenantId
            + " stopped at "
            + kind.name()
            + ": "
            + verdict.outcome()
            + ", next in "
            + verdict.delay()
            + " ("
            + verdict.reason()
            + ")",
        verdict.outcome() == RoundOutcome.FAILED
                && !(e instanceof com.mtdconnect.graph.entity.GraphFailure)
            ? e
            : null);
  }
}
