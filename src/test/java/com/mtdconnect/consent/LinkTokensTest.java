package com.mtdconnect.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.control.LinkTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkTokensTest {
  private final LinkTokens tokens =
      new LinkTokens("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  private final Instant expires = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aTokenWeSignedNamesItsLinkAndExpiry() {
    LinkTokens.LinkClaim claim = tokens.verify(tokens.issue(42, expires)).orElseThrow();
    assertEquals(42, claim.linkId());
    assertEquals(expires, claim.expiresAt());
  }

  @Test
  void alteredTruncatedOrForeignTokensAreRefused() {
    String token = tokens.issue(42, expires);
    assertTrue(tokens.verify(token.replace("c1.42.", "c1.43.")).isEmpty(), "other link id");
    String later =
        "c1.42." + (expires.getEpochSecond() + 86400) + token.substring(token.lastIndexOf('.'));
    assertTrue(tokens.verify(later).isEmpty(), "extended expiry");
    assertTrue(tokens.verify(token.substring(0, token.length() - 2)).isEmpty(), "truncated");
    LinkTokens other =
        new LinkTokens("another-key-another-key-another-k".getBytes(StandardCharsets.US_ASCII));
    assertTrue(tokens.verify(other.issue(42, expires)).isEmpty(), "signed with another key");
    assertTrue(tokens.verify(null).isEmpty());
    assertTrue(tokens.verify("").isEmpty());
    assertTrue(tokens.verify("c1.x.y.z").isEmpty());
  }
}
