package com.mtdconnect.tenancy.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Registers tenants on behalf of the portal itself (a system actor), not of a signed-in staff
 * member: for start-up work such as a demo layer's sample customers. Each registration is audited
 * like the registry's own ({@code TENANT_REGISTERED}), in the caller's transaction. The caller
 * knows the tenant id of the draft's domain: unlike the registry's use case, this does not ask
 * Microsoft.
 */
@ApplicationScoped
public class TenantImport {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Tenant register(TenantDraft draft, String tenantId, Actor actor) {
    Tenant tenant = new Tenant(draft, tenantId, actor.name(), LocalDateTime.now(clock));
    em.persist(tenant);
    em.flush();
    audit.record(
        actor,
        new AuditEntry(
            "TENANT_REGISTERED",
            tenant.getId(),
            "Tenant",
            String.valueOf(tenant.getId()),
            Map.of(),
            tenant.auditSnapshot()));
    return tenant;
  }
}
