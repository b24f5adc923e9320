package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Remembers one-time work (such as seeding demo data) per database. Safe when several nodes start
 * at once: the primary key lets exactly one of them set a marker.
 */
@ApplicationScoped
public class PlatformMarkers {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Sets the marker in the caller's transaction; false when it was already set. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean setIfAbsent(String name) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO platform_marker (name, created_at) VALUES (?1, ?2)")
            .setParameter(1, name)
            .setParameter(2, LocalDateTime.now(clock))
            .executeUpdate();
    return inserted == 1;
  }
}
