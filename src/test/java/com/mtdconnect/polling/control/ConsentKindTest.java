package com.mtdconnect.polling.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentKindTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 8, 0);
  private static final Duration DRIFT = Duration.ofMinutes(15);

  @Test
  void theDriftCheckIsDueWhenItNeverRanOrItsIntervalPassed() {
    assertTrue(ConsentKind.isDue(Optional.empty(), NOW, DRIFT));
    assertTrue(ConsentKind.isDue(Optional.of(NOW.minusMinutes(16)), NOW, DRIFT));
    assertFalse(ConsentKind.isDue(Optional.of(NOW.minusMinutes(5)), NOW, DRIFT));
  }

  @Test
  void aRoundThatCameBackWithJitterEarlyStillChecks() {
    // the round returns after the drift interval less up to a few seconds of clock drift
    assertTrue(ConsentKind.isDue(Optional.of(NOW.minusMinutes(14)), NOW, DRIFT));
  }
}
