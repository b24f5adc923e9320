package com.mtdconnect.consent.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the token in a consent link: {@code c1.<link id>.<expiry epoch seconds>.<HMAC>}
 * with HMAC-SHA256 under the installation's key. The token proves we made the link for that record
 * and until when; whether the link still works is the record's decision.
 */
public final class LinkTokens {
  private static final String VERSION = "c1";
  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] key;

  public LinkTokens(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("A link signing key needs at least 256 bits");
    }
    this.key = key.clone();
  }

  /** What a valid token says. */
  public record LinkClaim(long linkId, Instant expiresAt) {}

  public String issue(long linkId, Instant expiresAt) {
    String payload = VERSION + "." + linkId + "." + expiresAt.getEpochSecond();
    return payload + "." + mac(payload);
  }

  /** The claim of a token we signed, or empty for anything else (altered, truncated, foreign). */
  public Optional<LinkClaim> verify(String token) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    if (parts.length != 4 || !VERSION.equals(parts[0])) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    byte[] expected = mac(payload).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new LinkClaim(Long.parseLong(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2]))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String mac(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
