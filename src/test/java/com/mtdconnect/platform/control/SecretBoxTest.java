package com.mtdconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.control.SecretBox.SecretNotReadable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Secrets stored in the database are encrypted and authenticated under the configured key. */
class SecretBoxTest {
  private static final String SIGNING_KEY = "q3Vx0yJm8c4kq9m2zL6QvN1s7pW4eT5rY8uI0oP2aSd";

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void aSealedSecretOpensAgainForTheSamePurpose() {
    SecretBox box = new SecretBox(randomKey());
    assertEquals(SIGNING_KEY, box.open(box.seal(SIGNING_KEY, "signing"), "signing"));
  }

  @Test
  void theStoredValueIsNotThePlainSecretAndFitsTheColumn() {
    SecretBox box = new SecretBox(randomKey());
    String stored = box.seal(SIGNING_KEY, "signing");
    assertFalse(stored.contains(SIGNING_KEY), stored);
    assertTrue(SecretBox.isSealed(stored));
    assertFalse(SecretBox.isSealed(SIGNING_KEY), "a plain key from before is recognised");
    assertTrue(stored.length() <= 100, "consent_signing_key.secret is VARCHAR(100): " + stored);
    assertNotEquals(stored, box.seal(SIGNING_KEY, "signing"), "a fresh IV every time");
  }

  @Test
  void aChangedValueIsRefused() {
    SecretBox box = new SecretBox(randomKey());
    String stored = box.seal(SIGNING_KEY, "signing");
    byte[] raw = Base64.getDecoder().decode(stored.substring(SecretBox.PREFIX.length()));
    raw[raw.length / 2] ^= 1;
    String tampered = SecretBox.PREFIX + Base64.getEncoder().encodeToString(raw);
    assertThrows(SecretNotReadable.class, () -> box.open(tampered, "signing"));
    assertThrows(SecretNotReadable.class, () -> box.open(SecretBox.PREFIX + "%%", "signing"));
  }

  @Test
  void anotherKeyOrAnotherPurposeCannotOpenIt() {
    String stored = new SecretBox(randomKey()).seal(SIGNING_KEY, "signing");
    assertThrows(SecretNotReadable.class, () -> new SecretBox(randomKey()).open(stored, "signing"));
    byte[] key = randomKey();
    String forSigning = new SecretBox(key).seal(SIGNING_KEY, "signing");
    assertThrows(SecretNotReadable.class, () -> new SecretBox(key).open(forSigning, "other"));
  }

  @Test
  void aMissingOrMalformedKeyEncryptionKeyStopsWithAMessageNamingTheSetting() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> StoredSecrets.of(Optional.of(" ")));
    assertTrue(missing.getMessage().contains("portal.secrets.key"), missing.getMessage());
    IllegalStateException shortKey =
        assertThrows(
            IllegalStateException.class,
            () -> StoredSecrets.of(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))));
    assertTrue(shortKey.getMessage().contains("32 bytes"), shortKey.getMessage());
  }
}
