package com.mtdconnect.consent.control;

import com.mtdconnect.platform.control.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's consent-link signer. The key is {@code portal.consent.signing-key} (base64, at
 * least 256 bits) when set; otherwise one is generated on first use and kept in the database, so
 * that every node and every restart signs alike. It is generated at start, not inside the first use
 * case that signs (so its audit record stands alone). The key is never logged.
 */
@ApplicationScoped
public class LinkSigning {

  @Inject SigningKeyStore keyStore;

  @Inject
  @ConfigProperty(name = "portal.consent.signing-key")
  Optional<String> configuredKey;

  private volatile LinkTokens tokens;

  /** Reads the configured key, or generates and stores one, once the schema exists. */
  void prepareAtStart(@Observes @Priority(DatabaseMigration.PRIORITY + 20) Startup startup) {
    tokens();
  }

  public LinkTokens tokens() {
    LinkTokens current = tokens;
    if (current == null) {
      synchronized (this) {
        if (tokens == null) {
          try {
            tokens = new LinkTokens(key());
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                "portal.consent.signing-key must be base64 of at least 32 bytes", e);
          }
        }
        current = tokens;
      }
    }
    return current;
  }

  private byte[] key() {
    Optional<String> configured = configuredKey.filter(v -> !v.isBlank());
    if (configured.isPresent()) {
      try {
        return Base64.getDecoder().decode(configured.get().trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("portal.consent.signing-key is not base64", e);
      }
    }
    return keyStore.storedKey().getBytes(StandardCharsets.US_ASCII);
  }
}
