package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encryption at rest for the secrets the portal stores in its database, under the key-encryption
 * key {@value #SETTING} (environment variable {@code PORTAL_SECRETS_KEY}: base64 of 32 random
 * bytes). The setting is needed only when the portal has to store a secret; then a missing or
 * malformed one stops the start with a message naming it. The key itself never leaves this class.
 */
@ApplicationScoped
public class StoredSecrets {
  public static final String SETTING = "portal.secrets.key";

  @Inject
  @ConfigProperty(name = SETTING)
  Optional<String> keyEncryptionKey;

  private volatile SecretBox box;

  /** Encrypts a secret for storage, for one purpose (e.g. the table it goes to). */
  public String seal(String secret, String purpose) {
    return box().seal(secret, purpose);
  }

  /** The secret of a value {@link #seal} made for the same purpose. */
  public String open(String stored, String purpose) {
    return box().open(stored, purpose);
  }

  private SecretBox box() {
    SecretBox current = box;
    if (current == null) {
      current = of(keyEncryptionKey);
      box = current;
    }
    return current;
  }

  static SecretBox of(Optional<String> configured) {
    String value =
        configured
            .map(String::trim)
            .filter(v -> !v.isEmpty())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        SETTING
                            + " (PORTAL_SECRETS_KEY) is not set, but the portal has to store a"
                            + " secret: set it to base64 of 32 random bytes (openssl rand -base64"
                            + " 32) and keep it outside the database"));
    try {
      return new SecretBox(Base64.getDecoder().decode(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          SETTING + " (PORTAL_SECRETS_KEY) must be base64 of exactly 32 bytes", e);
    }
  }
}
