package com.mtdconnect.consent.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.platform.control.SecretBox;
import com.mtdconnect.platform.control.StoredSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keeps the generated link-signing key in the database, committed before anyone signs with it,
 * encrypted under the installation's key-encryption key ({@link StoredSecrets}). The node that
 * generates it records that in the audit log ({@value #GENERATED} by {@value #ACTOR_NAME}) in the
 * same transaction; the record names when, never the key. A key stored in plain text by an older
 * version is encrypted in place on the first start that reads it.
 */
@ApplicationScoped
public class SigningKeyStore {
  /** The action of the audit record of a generated key. */
  public static final String GENERATED = "CONSENT_SIGNING_KEY_GENERATED";

  /** Who the audit log names for it. */
  public static final String ACTOR_NAME = "system:consent-signing-key";

  private static final Actor ACTOR = Actor.system("consent-signing-key");

  private static final Logger LOG = Logger.getLogger(SigningKeyStore.class.getName());

  /** What the encrypted key is bound to: it opens for nothing else. */
  static final String PURPOSE = "consent_signing_key";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject StoredSecrets secrets;

  /** The stored key; the first node to ask creates it (INSERT IGNORE on a fixed id). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String storedKey() {
    LocalDateTime now = LocalDateTime.now(clock);
    int generated =
        em.createNativeQuery(
                "INSERT IGNORE INTO consent_signing_key (id, secret, created_at)"
                    + " VALUES (1, ?1, ?2)")
            .setParameter(1, secrets.seal(Secrets.random256(), PURPOSE))
            .setParameter(2, now)
            .executeUpdate();
    if (generated == 1) {
      audit.record(
          ACTOR,
          new AuditEntry(
              GENERATED,
              null,
              "ConsentSigningKey",
              "1",
              Map.of(),
              Map.of("createdAt", now.toString(), "bits", 256)));
      LOG.info("Generated the consent link signing key and stored it encrypted in the database");
    }
    String stored =
        (String)
            em.createNativeQuery("SELECT secret FROM consent_signing_key WHERE id = 1")
                .getSingleResult();
    if (SecretBox.isSealed(stored)) {
      return secrets.open(stored, PURPOSE);
    }
    em.createNativeQuery("UPDATE consent_signing_key SET secret = ?1 WHERE id = 1 AND secret = ?2")
        .setParameter(1, secrets.seal(stored, PURPOSE))
        .setParameter(2, stored)
        .executeUpdate();
    LOG.info("Encrypted the consent link signing key stored in plain text by an older version");
    return stored;
  }
}
