package com.mtdconnect.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.health.control.AlertGate;
import com.mtdconnect.health.control.HealthRules;
import com.mtdconnect.health.entity.AlertDecision;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The health rules: every reason with its weight and next action, the thresholds, not polled. */
class HealthRulesTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 8, 0);
  static final RoundFacts OK = new RoundFacts("SUCCEEDED", 1, 0, "");

  /** A healthy tenant: consented, connector enabled and beating, fresh data, app everywhere. */
  static Facts healthy() {
    return new Facts();
  }

  static final class Facts {
    ConsentStatus consent = ConsentStatus.CONSENTED;
    List<String> missing = List.of();
    String skipped = "";
    Duration sync = Duration.ofMinutes(15);
    List<RoundFacts> rounds = new ArrayList<>(Collections.nCopies(10, OK));
    Optional<LocalDateTime> lastSuccess = Optional.of(NOW.minusMinutes(10));
    List<PlatformFacts> platforms =
        new ArrayList<>(
            List.of(
                new PlatformFacts("IOS", 100, 95, 3, 2, "enabled", NOW.minusMinutes(30)),
                new PlatformFacts("ANDROID", 50, 48, 2, 0, "enabled", NOW.minusMinutes(30))));
    boolean provisioned = true;

    HealthFacts build() {
      return new HealthFacts(
          consent,
          missing,
          skipped,
          sync,
          Duration.ofHours(24),
          rounds,
          lastSuccess,
          platforms,
          provisioned,
          NOW);
    }

    HealthVerdict judge() {
      return HealthRules.judge(build(), HealthState.HEALTHY);
    }
  }

  static HealthReason only(HealthVerdict v) {
    assertEquals(1, v.reasons().size(), v.reasons().toString());
    return v.reasons().get(0);
  }

  @Test
  void aTenantWithNothingWrongScoresHundredAndIsHealthyWithoutReasons() {
    HealthVerdict v = healthy().judge();
    assertEquals(100, v.score().getAsInt());
    assertEquals(HealthState.HEALTHY, v.state());
    assertEquals(List.of(), v.reasons());
  }

  @Test
  void aTenantNotProvisionedYetIsNotJudgedOnAConnectorOrAppItCannotHaveYet() {
    Facts f = healthy();
    f.provisioned = false;
    f.platforms = List.of(new PlatformFacts("IOS", 100, 0, 0, 0, null, null));
    HealthVerdict v = f.judge();
    assertEquals(100, v.score().getAsInt());
    HealthReason reason = only(v);
    assertEquals("NOT_PROVISIONED", reason.getCode());
    assertEquals(NextAction.RESUME_ONBOARDING, reason.getNextAction());

    f.provisioned = true;
    assertEquals(HealthState.DEGRADED, f.judge().state(), "once provisioned, both count");

    f.provisioned = false;
    f.platforms = List.of(new PlatformFacts("IOS", 100, 0, 0, 0, "unresponsive", null));
    v = f.judge();
    assertEquals(50, v.score().getAsInt(), "a connector already there is judged: " + v.reasons());
  }

  @Test
  void aTenantNeverPolledReadsNotPolledYetWithItsReasonAndNoScore() {
    Facts f = healthy();
    f.rounds = List.of();
    f.lastSuccess = Optional.empty();
    f.platforms = List.of();
    HealthVerdict v = f.judge();
    assertTrue(v.score().isEmpty(), "never a made-up score");
    assertEquals(HealthState.NOT_POLLED, v.state());
    HealthReason r = only(v);
    assertEquals("NOT_POLLED", r.getCode());
    assertEquals(NextAction.SYNC_NOW, r.getNextAction());
    assertTrue(
        r.getNextAction().pageFor(7).endsWith("tenant=7#polling"),
        "leads to the Polling panel with its Sync now button");
    assertTrue(r.getWords().startsWith("Not polled yet"), r.getWords());

    f.consent = ConsentStatus.NOT_REQUESTED;
    HealthReason noConsent = only(f.judge());
    assertEquals(NextAction.RECONSENT, noConsent.getNextAction());
    assertTrue(noConsent.getWords().contains("not requested"), noConsent.getWords());
  }

  @Test
  void revokedFailedOrMissingConsentCostSixtyAndAskForReconsent() {
    for (ConsentStatus s :
        List.of(ConsentStatus.DEGRADED, ConsentStatus.FAILED, ConsentStatus.NOT_REQUESTED)) {
      Facts f = healthy();
      f.consent = s;
      HealthVerdict v = f.judge();
      HealthReason r = only(v);
      assertEquals(60, r.getWeight(), s.name());
      assertEquals(NextAction.RECONSENT, r.getNextAction());
      assertEquals(40, v.score().getAsInt());
      assertEquals(HealthState.FAILING, v.state());
    }
  }

  @Test
  void missingPermissionsAreNamedAndCostThirty() {
    Facts f = healthy();
    f.consent = ConsentStatus.PARTIAL;
    f.missing = List.of("DeviceManagementApps.ReadWrite.All");
    HealthVerdict v = f.judge();
    HealthReason r = only(v);
    assertEquals("CONSENT_PARTIAL", r.getCode());
    assertTrue(r.getWords().contains("DeviceManagementApps.ReadWrite.All"));
    assertEquals(30, r.getWeight());
    assertEquals(70, v.score().getAsInt());
    assertEquals(HealthState.DEGRADED, v.state());
  }

  @Test
  void theKindsPollingSkipsForAMissingPermissionAreNamedWithTheReconsent() {
    Facts f = healthy();
    f.consent = ConsentStatus.PARTIAL;
    f.missing = List.of("DeviceManagementManagedDevices.Read.All");
    f.skipped =
        "enrollment (DeviceManagementManagedDevices.Read.All), app-status"
            + " (DeviceManagementManagedDevices.Read.All)";
    HealthReason r = only(f.judge());
    assertEquals("CONSENT_PARTIAL", r.getCode());
    assertTrue(
        r.getWords()
            .contains(
                "Polling skips what needs them: enrollment"
                    + " (DeviceManagementManagedDevices.Read.All), app-status"),
        r.getWords());
    assertEquals(NextAction.RECONSENT, r.getNextAction());
    assertEquals(30, r.getWeight());
  }

  @Test
  void aConnectorNotAvailableOrMissingCostsThirtyAndAsksToCheckIt() {
    Facts f = healthy();
    f.platforms =
        List.of(new PlatformFacts("IOS", 10, 10, 0, 0, "unresponsive", NOW.minusMinutes(5)));
    HealthReason r = only(f.judge());
    assertEquals("CONNECTOR_STATE", r.getCode());
    assertEquals(30, r.getWeight());
    assertEquals(NextAction.CHECK_CONNECTOR, r.getNextAction());
    assertTrue(r.getWords().contains("unresponsive"));

    f.platforms = List.of(new PlatformFacts("IOS", 10, 10, 0, 0, null, null));
    assertEquals("CONNECTOR_MISSING", only(f.judge()).getCode());

    f.platforms = List.of();
    HealthReason none = only(f.judge());
    assertEquals("INVENTORY_MISSING", none.getCode());
    assertEquals(NextAction.SYNC_NOW, none.getNextAction());
  }

  @Test
  void theHeartbeatIsMeasuredAgainstTheThreshold() {
    Facts f = healthy();
    f.platforms = List.of(new PlatformFacts("IOS", 10, 10, 0, 0, "enabled", NOW.minusHours(24)));
    assertEquals(List.of(), f.judge().reasons(), "exactly at the threshold is fine");
    f.platforms = List.of(new PlatformFacts("IOS", 10, 10, 0, 0, "enabled", NOW.minusHours(25)));
    HealthReason old = only(f.judge());
    assertEquals("HEARTBEAT_OLD", old.getCode());
    assertEquals(20, old.getWeight());
    assertTrue(old.getWords().contains("25 h"), old.getWords());
    f.platforms = List.of(new PlatformFacts("IOS", 10, 10, 0, 0, "enabled", NOW.minusDays(5)));
    assertEquals(30, only(f.judge()).getWeight());
    f.platforms = List.of(new PlatformFacts("IOS", 10, 10, 0, 0, "enabled", null));
    assertEquals("HEARTBEAT_MISSING", only(f.judge()).getCode());
  }

  @Test
  void dataOlderThanTwoSyncPeriodsIsStaleAndFourIsWorse() {
    Facts f = healthy();
    f.lastSuccess = Optional.of(NOW.minusMinutes(30));
    assertEquals(List.of(), f.judge().reasons());
    f.lastSuccess = Optional.of(NOW.minusMinutes(31));
    HealthReason stale = only(f.judge());
    assertEquals("DATA_STALE", stale.getCode());
    assertEquals(15, stale.getWeight());
    assertEquals(NextAction.SYNC_NOW, stale.getNextAction());
    f.lastSuccess = Optional.of(NOW.minusMinutes(61));
    assertEquals(30, only(f.judge()).getWeight());
    f.lastSuccess = Optional.empty();
    assertEquals("NEVER_SUCCEEDED", only(f.judge()).getCode());
  }

  @Test
  void failedRoundsCountFromTwentyPercentAndFiftyPercentCostsMore() {
    Facts f = healthy();
    f.rounds.set(0, new RoundFacts("FAILED", 1, 0, "Microsoft answered 503"));
    assertEquals(List.of(), f.judge().reasons(), "one in ten is noise");
    f.rounds.set(1, new RoundFacts("PARKED", 1, 0, ""));
    HealthReason r = only(f.judge());
    assertEquals("ROUND_ERRORS", r.getCode());
    assertEquals(10, r.getWeight());
    assertTrue(r.getWords().contains("2 of the last 10"), r.getWords());
    assertTrue(r.getWords().contains("Microsoft answered 503"), r.getWords());
    for (int i = 2; i < 5; i++) {
      f.rounds.set(i, new RoundFacts("FAILED", 1, 0, ""));
    }
    assertEquals(25, only(f.judge()).getWeight());
  }

  @Test
  void throttledRoundsAskToReviewTheFrequency() {
    Facts f = healthy();
    f.rounds.set(0, new RoundFacts("THROTTLED", 3, 3, ""));
    f.rounds.set(1, new RoundFacts("SUCCEEDED", 3, 1, ""));
    HealthReason r = only(f.judge());
    assertEquals("THROTTLED", r.getCode());
    assertEquals(5, r.getWeight());
    assertEquals(NextAction.REVIEW_FREQUENCY, r.getNextAction());
    for (int i = 2; i < 5; i++) {
      f.rounds.set(i, new RoundFacts("THROTTLED", 1, 1, ""));
    }
    assertEquals(15, only(f.judge()).getWeight());
  }

  @Test
  void installCoverageBelowEightyAndFiftyPercent() {
    Facts f = healthy();
    f.platforms =
        List.of(
            new PlatformFacts("IOS", 100, 60, 30, 10, "enabled", NOW),
            new PlatformFacts("ANDROID", 100, 100, 0, 0, "enabled", NOW));
    assertEquals(List.of(), f.judge().reasons(), "160 of 200 is 80%");
    f.platforms = List.of(new PlatformFacts("IOS", 100, 79, 11, 10, "enabled", NOW));
    HealthReason r = only(f.judge());
    assertEquals("INSTALL_COVERAGE", r.getCode());
    assertEquals(10, r.getWeight());
    assertEquals(NextAction.OPEN_APP_STATUS, r.getNextAction());
    assertTrue(r.getWords().contains("79 of 100"), r.getWords());
    assertTrue(r.getWords().contains("10 failed"), r.getWords());
    f.platforms = List.of(new PlatformFacts("IOS", 100, 49, 41, 10, "enabled", NOW));
    assertEquals(20, only(f.judge()).getWeight());
    f.platforms = List.of(new PlatformFacts("IOS", 0, 0, 0, 0, "enabled", NOW));
    assertEquals(List.of(), f.judge().reasons(), "no devices in scope: nothing to cover");
  }

  @Test
  void reasonsAddUpWorstFirstAndTheScoreNeverGoesBelowZero() {
    Facts f = healthy();
    f.consent = ConsentStatus.DEGRADED;
    f.platforms = List.of(new PlatformFacts("IOS", 100, 10, 0, 90, "error", null));
    f.lastSuccess = Optional.empty();
    HealthVerdict v = f.judge();
    assertEquals(0, v.score().getAsInt());
    assertEquals("CONSENT_REVOKED", v.reasons().get(0).getCode());
    assertEquals(HealthState.FAILING, v.state());
  }

  @Test
  void theStateBandsAreEightyAndFifty() {
    assertEquals(HealthState.HEALTHY, HealthRules.stateFor(80, HealthState.HEALTHY));
    assertEquals(HealthState.DEGRADED, HealthRules.stateFor(79, HealthState.HEALTHY));
    assertEquals(HealthState.DEGRADED, HealthRules.stateFor(50, HealthState.HEALTHY));
    assertEquals(HealthState.FAILING, HealthRules.stateFor(49, HealthState.DEGRADED));
    assertEquals(HealthState.HEALTHY, HealthRules.stateFor(80, HealthState.NOT_POLLED));
  }

  @Test
  void aBetterStateNeedsItsThresholdClearedByTheHysteresis() {
    assertEquals(HealthState.DEGRADED, HealthRules.stateFor(84, HealthState.DEGRADED));
    assertEquals(HealthState.HEALTHY, HealthRules.stateFor(85, HealthState.DEGRADED));
    assertEquals(HealthState.FAILING, HealthRules.stateFor(54, HealthState.FAILING));
    assertEquals(HealthState.DEGRADED, HealthRules.stateFor(55, HealthState.FAILING));
    assertEquals(HealthState.DEGRADED, HealthRules.stateFor(84, HealthState.FAILING));
    assertEquals(HealthState.HEALTHY, HealthRules.stateFor(90, HealthState.FAILING));
    assertEquals(
        HealthState.DEGRADED,
        HealthRules.stateFor(79, HealthState.HEALTHY),
        "worsening needs no margin");
  }

  @Test
  void anAlertGoesOutOncePerChangeAndTheFlappingGuardHoldsTheNextBack() {
    Duration min = Duration.ofMinutes(15);
    assertEquals(
        AlertDecision.ALERTED,
        AlertGate.decide(HealthState.HEALTHY, null, HealthState.DEGRADED, NOW, min));
    assertEquals(
        AlertDecision.NONE,
        AlertGate.decide(HealthState.DEGRADED, NOW, HealthState.DEGRADED, NOW.plusMinutes(1), min),
        "told already");
    assertEquals(
        AlertDecision.HELD_BACK,
        AlertGate.decide(HealthState.DEGRADED, NOW, HealthState.HEALTHY, NOW.plusMinutes(14), min));
    assertEquals(
        AlertDecision.ALERTED,
        AlertGate.decide(HealthState.DEGRADED, NOW, HealthState.HEALTHY, NOW.plusMinutes(15), min),
        "the resolved notice once the interval passed");
    assertEquals(
        AlertDecision.NONE,
        AlertGate.decide(HealthState.HEALTHY, null, HealthState.NOT_POLLED, NOW, min),
        "not polled never alerts");
  }
}
