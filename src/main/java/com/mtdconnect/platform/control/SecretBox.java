package com.mtdconnect.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a secret for storage with AES-256-GCM under the installation's key-encryption key: a
 * fresh 96-bit IV per value, the 128-bit tag authenticates it, and the purpose is bound in as
 * associated data (a value sealed for one use does not open for another). Stored form: {@value
 * #PREFIX} + base64(IV || ciphertext || tag); a secret of 43 characters takes 99.
 */
public final class SecretBox {
  /** Marks a sealed value (anything else in a secret column is plain text from before). */
  public static final String PREFIX = "v1:";

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /**
   * @param keyEncryptionKey 32 bytes
   * @throws IllegalArgumentException for another length
   */
  public SecretBox(byte[] keyEncryptionKey) {
    if (keyEncryptionKey.length != 32) {
      throw new IllegalArgumentException("the key-encryption key must be 32 bytes");
    }
    this.key = new SecretKeySpec(keyEncryptionKey.clone(), "AES");
  }

  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  public String seal(String secret, String purpose) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, purpose, secret.getBytes(StandardCharsets.UTF_8));
    return PREFIX
        + Base64.getEncoder()
            .encodeToString(
                ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
  }

  /**
   * @throws SecretNotReadable when the value was changed, sealed for another purpose or under
   *     another key, or is not sealed at all
   */
  public String open(String stored, String purpose) {
    if (!isSealed(stored)) {
      throw new SecretNotReadable("the stored value is not encrypted");
    }
    byte[] all;
    try {
      all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new SecretNotReadable("the stored value is damaged");
    }
    if (all.length <= IV_BYTES) {
      throw new SecretNotReadable("the stored value is damaged");
    }
    byte[] iv = Arrays.copyOf(all, IV_BYTES);
    byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
    return new String(run(Cipher.DECRYPT_MODE, iv, purpose, sealed), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] iv, String purpose, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new SecretNotReadable(
          "the stored value was changed, or encrypted under another key or for another use");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** A stored secret that cannot be decrypted (never carries the secret). */
  public static final class SecretNotReadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecretNotReadable(String message) {
      super(message);
    }
  }
}
