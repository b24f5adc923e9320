package com.mtdconnect.audit.control;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.audit.entity.AuditEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Writes audit events in the caller's transaction and reads a tenant's history. */
@ApplicationScoped
public class AuditTrail {

  /** The action of refusal records. */
  public static final String ACCESS_DENIED = "ACCESS_DENIED";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private final Jsonb json = JsonbBuilder.create();

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Actor actor, AuditEntry entry) {
    em.persist(
        new AuditEvent(
            LocalDateTime.now(clock),
            actor.name(),
            actor.address(),
            entry.action(),
            entry.tenantId(),
            entry.objectType(),
            entry.objectId(),
            toJson(entry.before()),
            toJson(entry.after()),
            entry.roleScopeTags() == null ? null : String.join(",", entry.roleScopeTags())));
  }

  /**
   * Records a refused use case in its own transaction: the refusal rolls the use case back, the
   * record stays.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRefusal(Actor actor, String permission, Long tenantId) {
    record(
        actor,
        new AuditEntry(ACCESS_DENIED, tenantId, "Permission", permission, Map.of(), Map.of()));
  }

  /** The newest events about one tenant first. */
  public List<AuditEvent> historyOf(long tenantId, int max) {
    return em.createNamedQuery(AuditEvent.OF_TENANT, AuditEvent.class)
        .setParameter("tenantId", tenantId)
        .setMaxResults(max)
        .getResultList();
  }

  private String toJson(Map<String, Object> state) {
    return state == null || state.isEmpty() ? null : json.toJson(state);
  }

  @PreDestroy
  void close() {
    try {
      json.close();
    } catch (Exception e) {
      // closing JSON-B releases caches only; nothing to recover
    }
  }
}
