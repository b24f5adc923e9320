package com.mtdconnect.health.control;

import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.health.entity.HealthFacts;
import com.mtdconnect.health.entity.HealthFacts.PlatformFacts;
import com.mtdconnect.health.entity.HealthFacts.RoundFacts;
import com.mtdconnect.health.entity.HealthReason;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.HealthVerdict;
import com.mtdconnect.health.entity.NextAction;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The health score of a tenant: 100 minus the weight of every reason found, at least 0. Pure: the
 * same facts always give the same verdict.
 *
 * <table>
 *   <caption>Reasons and their weights</caption>
 *   <tr><th>Area</th><th>Reason</th><th>Weight</th><th>Next action</th></tr>
 *   <tr><td>Consent</td><td>revoked or narrowed (degraded), failed, never given</td><td>60</td>
 *       <td>re-consent</td></tr>
 *   <tr><td>Consent</td><td>permissions missing (partial)</td><td>30</td><td>re-consent</td></tr>
 *   <tr><td>Onboarding</td><td>not provisioned yet: a missing connector and the coverage not
 *       judged</td>
 *       <td>0</td><td>resume onboarding</td></tr>
 *   <tr><td>Connector</td><td>none found, or its state is not available/enabled</td><td>30</td>
 *       <td>check connector</td></tr>
 *   <tr><td>Connector</td><td>no heartbeat, or older than the threshold (4x: 30)</td><td>20</td>
 *       <td>check connector</td></tr>
 *   <tr><td>Freshness</td><td>last successful round older than 2 sync periods (4x: 30)</td>
 *       <td>15</td><td>sync now</td></tr>
 *   <tr><td>Errors</td><td>failed or parked rounds among the recent ones: 20% (50%: 25)</td>
 *       <td>10</td><td>sync now</td></tr>
 *   <tr><td>Throttling</td><td>throttled rounds among the recent ones: 20% (50%: 15)</td>
 *       <td>5</td><td>review the sync frequency</td></tr>
 *   <tr><td>Coverage</td><td>app installed on less than 80% of the devices in scope (50%: 20)</td>
 *       <td>10</td><td>open app status</td></tr>
 * </table>
 *
 * <p>States: healthy from {@value #HEALTHY_FROM}, failing below {@value #FAILING_BELOW}, degraded
 * between. Hysteresis: a tenant moves to a better state only when its score clears that state's
 * threshold by {@value #HYSTERESIS} points, so a score wobbling around a threshold does not flip
 * the state. A tenant never polled is {@link HealthState#NOT_POLLED} with no score.
 */
public final class HealthRules {
  public static final int HEALTHY_FROM = 80;
  public static final int FAILING_BELOW = 50;
  public static final int HYSTERESIS = 5;

  /** How many of the newest rounds the error and throttle rates look at. */
  public static final int RECENT_ROUNDS = 10;

  static final Set<String> CONNECTOR_OK = Set.of("available", "enabled");

  private HealthRules() {}

  /**
   * The verdict for the facts; {@code previous} is the state last computed (for the hysteresis).
   */
  public static HealthVerdict judge(HealthFacts facts, HealthState previous) {
    if (facts.recentRounds().isEmpty()) {
      return new HealthVerdict(
          OptionalInt.empty(), HealthState.NOT_POLLED, List.of(notPolledYet(facts)));
    }
    List<HealthReason> reasons = new ArrayList<>();
    consent(facts).ifPresent(reasons::add);
    if (facts.provisioned() || connectorFound(facts)) {
      reasons.addAll(connector(facts));
    }
    if (!facts.provisioned()) {
      reasons.add(notProvisionedYet());
    }
    freshness(facts).ifPresent(reasons::add);
    errors(facts).ifPresent(reasons::add);
    throttling(facts).ifPresent(reasons::add);
    if (facts.provisioned()) {
      coverage(facts).ifPresent(reasons::add);
    }
    reasons.sort(Comparator.comparingInt(HealthReason::getWeight).reversed());
    int score = Math.max(0, 100 - reasons.stream().mapToInt(HealthReason::getWeight).sum());
    return new HealthVerdict(OptionalInt.of(score), stateFor(score, previous), reasons);
  }

  /** The state of a score, with the hysteresis against {@code previous}. */
  public static HealthState stateFor(int score, HealthState previous) {
    HealthState plain = band(score);
    if (previous == null || !previous.isScored() || !plain.isBetterThan(previous)) {
      return plain;
    }
    HealthState cleared = band(score - HYSTERESIS);
    return cleared.isBetterThan(previous) ? cleared : previous;
  }

  private static HealthState band(int score) {
    if (score >= HEALTHY_FROM) {
      return HealthState.HEALTHY;
    }
    return score >= FAILING_BELOW ? HealthState.DEGRADED : HealthState.FAILING;
  }

  private static HealthReason notPolledYet(HealthFacts facts) {
    if (facts.consent() != ConsentStatus.CONSENTED && facts.consent() != ConsentStatus.PARTIAL) {
      return new HealthReason(
          "NOT_POLLED",
          "Not polled yet: the customer's consent is "
              + facts.consent().getLabel().toLowerCase(Locale.ROOT)
              + ", and the portal polls a tenant only with consent.",
          0,
          NextAction.RECONSENT);
    }
    return new HealthReason(
        "NOT_POLLED",
        "Not polled yet: the tenant is waiting for its first polling round.",
        0,
        NextAction.SYNC_NOW);
  }

  private static boolean connectorFound(HealthFacts facts) {
    return facts.platforms().stream().anyMatch(p -> p.connectorState() != null);
  }

  /**
   * Before onboarding applied our objects, a missing connector and the app's install coverage say
   * nothing about the integration's health: the tenant is not onboarded yet. A connector that is
   * already there (enabled by hand, or by an earlier integration) is judged all the same.
   */
  private static HealthReason notProvisionedYet() {
    return new HealthReason(
        "NOT_PROVISIONED",
        "Not provisioned yet: the MTD connector and the app's install coverage count once"
            + " onboarding has applied them.",
        0,
        NextAction.RESUME_ONBOARDING);
  }

  private static Optional<HealthReason> consent(HealthFacts facts) {
    return switch (facts.consent()) {
      case CONSENTED, VERIFYING -> Optional.empty();
      case PARTIAL ->
          Optional.of(
              new HealthReason(
                  "CONSENT_PARTIAL",
                  facts.missingPermissions().size()
                      + " permission(s) not granted: "
                      + String.join(", ", facts.missingPermissions())
                      + "."
                      + (facts.skippedByPolling().isEmpty()
                          ? ""
                          : " Polling skips what needs them: "
                              + facts.skippedByPolling()
                              + "; a re-consent brings them back."),
                  30,
                  NextAction.RECONSENT));
      case DEGRADED ->
          Optional.of(
              new HealthReason(
                  "CONSENT_REVOKED",
                  "The customer revoked or narrowed the consent: polling cannot read the tenant.",
                  60,
                  NextAction.RECONSENT));
      case FAILED ->
          Optional.of(
              new HealthReason(
                  "CONSENT_FAILED",
                  "Consent could not be confirmed with Microsoft.",
                  60,
                  NextAction.RECONSENT));
      case NOT_REQUESTED ->
          Optional.of(
              new HealthReason(
                  "CONSENT_MISSING", "The customer has not consented.", 60, NextAction.RECONSENT));
    };
  }

  private static List<HealthReason> connector(HealthFacts facts) {
    if (facts.platforms().isEmpty()) {
      return List.of(
          new HealthReason(
              "INVENTORY_MISSING",
              "No connector or install data stored yet: no round has read the tenant's Intune.",
              10,
              NextAction.SYNC_NOW));
    }
    List<HealthReason> reasons = new ArrayList<>();
    List<String> states =
        facts.platforms().stream()
            .map(PlatformFacts::connectorState)
            .filter(Objects::nonNull)
            .toList();
    if (states.isEmpty()) {
      return List.of(
          new HealthReason(
              "CONNECTOR_MISSING",
              "No MTD connector found in the tenant's Intune.",
              30,
              NextAction.CHECK_CONNECTOR));
    }
    String state =
        states.stream()
            .filter(s -> !CONNECTOR_OK.contains(s.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElse(states.get(0));
    if (!CONNECTOR_OK.contains(state.toLowerCase(Locale.ROOT))) {
      reasons.add(
          new HealthReason(
              "CONNECTOR_STATE",
              "The MTD connector reports \"" + state + "\" instead of available or enabled.",
              30,
              NextAction.CHECK_CONNECTOR));
    }
    LocalDateTime heartbeat =
        facts.platforms().stream()
            .map(PlatformFacts::connectorHeartbeat)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    Duration threshold = facts.heartbeatThreshold();
    if (heartbeat == null) {
      reasons.add(
          new HealthReason(
              "HEARTBEAT_MISSING",
              "The MTD connector never sent a heartbeat.",
              20,
              NextAction.CHECK_CONNECTOR));
    } else {
      Duration age = Duration.between(heartbeat, facts.now());
      if (age.compareTo(threshold) > 0) {
        boolean long4 = age.compareTo(threshold.multipliedBy(4)) > 0;
        reasons.add(
            new HealthReason(
                "HEARTBEAT_OLD",
                "The MTD connector's last heartbeat is "
                    + words(age)
                    + " old (allowed: "
                    + words(threshold)
                    + ").",
                long4 ? 30 : 20,
                NextAction.CHECK_CONNECTOR));
      }
    }
    return reasons;
  }

  private static Optional<HealthReason> freshness(HealthFacts facts) {
    Duration period = facts.syncInterval();
    if (facts.lastSuccessAt().isEmpty()) {
      return Optional.of(
          new HealthReason(
              "NEVER_SUCCEEDED",
              "No polling round has succeeded yet: the portal's picture of the tenant is empty.",
              30,
              NextAction.SYNC_NOW));
    }
    Duration age = Duration.between(facts.lastSuccessAt().get(), facts.now());
    if (age.compareTo(period.multipliedBy(2)) <= 0) {
      return Optional.empty();
    }
    boolean long4 = age.compareTo(period.multipliedBy(4)) > 0;
    return Optional.of(
        new HealthReason(
            "DATA_STALE",
            "The data is " + words(age) + " old; the tenant syncs every " + words(period) + ".",
            long4 ? 30 : 15,
            NextAction.SYNC_NOW));
  }

  private static Optional<HealthReason> errors(HealthFacts facts) {
    List<RoundFacts> rounds = facts.recentRounds();
    List<RoundFacts> failed =
        rounds.stream()
            .filter(r -> "FAILED".equals(r.outcome()) || "PARKED".equals(r.outcome()))
            .toList();
    double rate = (double) failed.size() / rounds.size();
    if (rate < 0.2) {
      return Optional.empty();
    }
    String last =
        failed.stream()
            .map(RoundFacts::error)
            .filter(e -> e != null && !e.isBlank())
            .findFirst()
            .map(e -> " Last error: " + e)
            .orElse("");
    return Optional.of(
        new HealthReason(
            "ROUND_ERRORS",
            failed.size() + " of the last " + rounds.size() + " rounds failed." + last,
            rate >= 0.5 ? 25 : 10,
            NextAction.SYNC_NOW));
  }

  private static Optional<HealthReason> throttling(HealthFacts facts) {
    List<RoundFacts> rounds = facts.recentRounds();
    long throttled =
        rounds.stream().filter(r -> "THROTTLED".equals(r.outcome()) || r.throttled() > 0).count();
    double rate = (double) throttled / rounds.size();
    if (rate < 0.2) {
      return Optional.empty();
    }
    return Optional.of(
        new HealthReason(
            "THROTTLED",
            "Microsoft throttled "
                + throttled
                + " of the last "
                + rounds.size()
                + " rounds: the tenant is polled more often than its limits allow.",
            rate >= 0.5 ? 15 : 5,
            NextAction.REVIEW_FREQUENCY));
  }

  private static Optional<HealthReason> coverage(HealthFacts facts) {
    int devices = facts.platforms().stream().mapToInt(PlatformFacts::devicesInScope).sum();
    if (devices == 0) {
      return Optional.empty();
    }
    int installed = facts.platforms().stream().mapToInt(PlatformFacts::installed).sum();
    int pending = facts.platforms().stream().mapToInt(PlatformFacts::pending).sum();
    int failed = facts.platforms().stream().mapToInt(PlatformFacts::failed).sum();
    double coverage = (double) installed / devices;
    if (coverage >= 0.8) {
      return Optional.empty();
    }
    return Optional.of(
        new HealthReason(
            "INSTALL_COVERAGE",
            "The app is installed on "
                + installed
                + " of "
                + devices
                + " devices in scope ("
                + Math.round(coverage * 100)
                + "%); "
                + failed
                + " failed, "
                + pending
                + " pending.",
            coverage < 0.5 ? 20 : 10,
            NextAction.OPEN_APP_STATUS));
  }

  /** "3 h 20 min", "2 days 4 h", "45 min". */
  static String words(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = d.toHours();
    if (hours < 48) {
      long rest = minutes - hours * 60;
      return hours + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
    long days = d.toDays();
    long restHours = hours - days * 24;
    return days + " days" + (restHours == 0 ? "" : " " + restHours + " h");
  }
}
