package com.mtdconnect.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.identity.entity.SignedInStaff;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {
  private static final Instant SIGNED_IN = Instant.parse("2026-12-03T08:00:00Z");

  private final SessionPolicy policy = policy(30, 10);

  @Test
  void aSessionEndsOnlyAfterItsAbsoluteLimitCountedFromSignIn() {
    SignedInStaff staff = SignedInStaff.withoutGroups("support", "Sam", SIGNED_IN);
    assertFalse(policy.isExpired(staff, SIGNED_IN.plus(Duration.ofHours(10))));
    assertTrue(policy.isExpired(staff, SIGNED_IN.plus(Duration.ofHours(10)).plusSeconds(1)));
  }

  @Test
  void aSessionIsIdleOnlyWhenUnusedForLongerThanItsIdleTimeout() {
    Instant lastSeen = SIGNED_IN.plus(Duration.ofMinutes(45));
    int idle = policy.idleTimeoutSeconds();
    assertFalse(policy.isIdle(lastSeen, idle, lastSeen.plus(Duration.ofMinutes(30))));
    assertTrue(policy.isIdle(lastSeen, idle, lastSeen.plus(Duration.ofMinutes(30)).plusSeconds(1)));
    assertFalse(
        policy.isIdle(lastSeen, 0, lastSeen.plus(Duration.ofDays(1))),
        "a session without idle timeout (0) never idles out");
  }

  private static SessionPolicy policy(int idleMinutes, int maxHours) {
    SessionPolicy policy = new SessionPolicy();
    policy.idleMinutes = idleMinutes;
    policy.maxHours = maxHours;
    return policy;
  }
}
