package com.mtdconnect.consent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Keeps the generated link-signing key in the database, committed before anyone signs with it. */
@ApplicationScoped
public class SigningKeyStore {

  @PersistenceContext EntityManager em;

  /** The stored key; the first node to ask creates it (INSERT IGNORE on a fixed id). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String storedKey() {
    em.createNativeQuery(
            "INSERT IGNORE INTO consent_signing_key (id, secret, created_at) VALUES (1, ?1, ?2)")
        .setParameter(1, Secrets.random256())
        .setParameter(2, LocalDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
    return (String)
        em.createNativeQuery("SELECT secret FROM consent_signing_key WHERE id = 1")
            .getSingleResult();
  }
}
