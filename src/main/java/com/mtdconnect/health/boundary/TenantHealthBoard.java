package com.mtdconnect.health.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.health.control.HealthFactsReader;
import com.mtdconnect.health.control.HealthRecompute;
import com.mtdconnect.health.control.HealthRules;
import com.mtdconnect.health.entity.AlertDelivery;
import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.health.entity.HealthTransition;
import com.mtdconnect.health.entity.TenantHealth;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's health for pages (read with Tenants: Read: a use case on one tenant names one
 * permission, and the health panel lives on the tenant page), its alert history, and the on-demand
 * recompute (Jobs: Run, audited).
 */
@ApplicationScoped
@Transactional
public class TenantHealthBoard {

  @PersistenceContext EntityManager em;
  @Inject HealthRecompute recompute;
  @Inject HealthFactsReader facts;
  @Inject AuditTrail audit;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject Clock clock;

  /**
   * The stored health; a tenant whose health was never computed is judged now from what is stored
   * (without keeping it), so it reads "not polled yet" rather than nothing.
   */
  @Requires(Permission.TENANTS_READ)
  public TenantHealth health(@TenantId long tenantId) {
    TenantHealth stored = em.find(TenantHealth.class, tenantId);
    if (stored != null) {
      return stored;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    TenantHealth fresh = new TenantHealth(tenantId, now);
    fresh.judged(HealthRules.judge(facts.factsOf(tenantId, now), HealthState.NOT_POLLED), now);
    return fresh;
  }

  /** The tenant's changes of health state, newest first. */
  @Requires(Permission.TENANTS_READ)
  public List<HealthTransition> transitions(@TenantId long tenantId, int max) {
    return em.createNamedQuery(HealthTransition.OF_TENANT, HealthTransition.class)
        .setParameter("tenantId", tenantId)
        .setMaxResults(max)
        .getResultList();
  }

  /** The alerts sent (or being sent) about the tenant, newest first. */
  @Requires(Permission.TENANTS_READ)
  public List<AlertDelivery> alerts(@TenantId long tenantId, int max) {
    return em.createNamedQuery(AlertDelivery.OF_TENANT, AlertDelivery.class)
        .setParameter("tenantId", tenantId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Recomputes the tenant's health now (alerts as after a round), audited. */
  @Requires(Permission.JOBS_RUN)
  public TenantHealth recompute(@TenantId long tenantId) {
    SignedInStaff staff = access.requireSignedIn();
    TenantHealth stored = em.find(TenantHealth.class, tenantId);
    Map<String, Object> before = stored == null ? Map.of() : snapshot(stored);
    TenantHealth health = recompute.recompute(tenantId);
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        new AuditEntry(
            "HEALTH_RECOMPUTED",
            tenantId,
            "TenantHealth",
            String.valueOf(tenantId),
            before,
            snapshot(health)));
    return health;
  }

  private static Map<String, Object> snapshot(TenantHealth h) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("state", h.getState().name());
    s.put("score", h.getScore() == null ? "none" : h.getScore());
    return s;
  }
}
