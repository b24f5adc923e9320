package com.mtdconnect.auditlog.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

/** Deletes old audit events in one transaction and records that it did. */
@ApplicationScoped
public class AuditPurge {
  private static final Logger LOG = Logger.getLogger(AuditPurge.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Returns how many events were deleted. */
  @Transactional
  public int olderThanDays(int days) {
    LocalDateTime cutoff = LocalDateTime.now(clock).minusDays(days);
    int deleted =
        em.createNamedQuery(AuditEvent.DELETE_BEFORE)
            .setParameter("cutoff", cutoff)
            .executeUpdate();
    if (deleted > 0) {
      audit.record(
          Actor.system("audit-retention"),
          new AuditEntry(
              "AUDIT_PURGED",
              null,
              "AuditEvent",
              "*",
              Map.of(),
              Map.of("deleted", deleted, "olderThan", cutoff.toString(), "retentionDays", days)));
    }
    LOG.info(() -> "Purged " + deleted + " audit events older than " + cutoff + " UTC");
    return deleted;
  }
}
