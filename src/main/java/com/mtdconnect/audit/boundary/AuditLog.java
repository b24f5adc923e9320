package com.mtdconnect.audit.boundary;

import com.mtdconnect.audit.control.AuditCsv;
import com.mtdconnect.audit.control.AuditSearch;
import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.audit.entity.AuditQuery;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit log, scoped like everything else: events of the tenants the caller may read
 * (Tenants: Read), and portal-wide events (roles, sign-ins, refusals without a tenant) only with
 * Audit: Read. Exports are themselves recorded.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject AuditSearch search;
  @Inject AuditTrail audit;
  @Inject CurrentStaff currentStaff;

  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public List<AuditEvent> events(@NotNull AuditQuery query, int first, int max) {
    Reader reader = reader();
    return search.rows(query, reader.tenants(), reader.portalWide(), first, max);
  }

  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public long count(@NotNull AuditQuery query) {
    Reader reader = reader();
    return search.count(query, reader.tenants(), reader.portalWide());
  }

  /** The matching events as CSV, newest first, at most {@link AuditSearch#MAX_ROWS}. */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public String exportCsv(@NotNull AuditQuery query) {
    Reader reader = reader();
    List<AuditEvent> events =
        search.rows(query, reader.tenants(), reader.portalWide(), 0, AuditSearch.MAX_ROWS);
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("from", String.valueOf(query.getFrom()));
    filters.put("to", String.valueOf(query.getTo()));
    filters.put("actor", query.getActor());
    filters.put("action", query.getAction());
    filters.put("tenantId", query.getTenantId());
    filters.put("rows", events.size());
    audit.record(
        new Actor(reader.staff().username(), currentStaff.clientAddress()),
        new AuditEntry("AUDIT_EXPORTED", null, "AuditEvent", "csv", Map.of(), filters));
    return AuditCsv.of(events);
  }

  /** The actions recorded so far, for the filter. */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public List<String> actions() {
    reader();
    return em.createNamedQuery(AuditEvent.ACTIONS, String.class).getResultList();
  }

  private Reader reader() {
    boolean portalWide = currentStaff.may(Permission.AUDIT_READ);
    TenantScope tenants = currentStaff.scopeOf(Permission.TENANTS_READ);
    SignedInStaff staff =
        portalWide || tenants.isNone()
            ? currentStaff.require(Permission.AUDIT_READ)
            : currentStaff.require(Permission.TENANTS_READ);
    return new Reader(staff, tenants, portalWide);
  }

  private record Reader(SignedInStaff staff, TenantScope tenants, boolean portalWide) {}
}
