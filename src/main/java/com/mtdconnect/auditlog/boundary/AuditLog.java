package com.mtdconnect.auditlog.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.auditlog.control.AuditCsv;
import com.mtdconnect.auditlog.control.AuditSearch;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.auditlog.entity.AuditScope;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit log, scoped like everything else: events of the tenants the caller may read
 * (Tenants: Read), and portal-wide events (sign-ins, refusals without a tenant, exports) only with
 * Audit: Read. Events about roles and assignments need Audit: Read and a Roles: Read scope reaching
 * their scope tags, the same rule as the role pages. Exports are themselves recorded.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  @Inject AuditSearch search;
  @Inject AuditTrail audit;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;

  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public List<AuditEvent> events(@NotNull AuditQuery query, int first, int max) {
    return search.rows(query, reader().scope(), first, max);
  }

  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public long count(@NotNull AuditQuery query) {
    return search.count(query, reader().scope());
  }

  /** The matching events as CSV, newest first, at most {@link AuditSearch#MAX_ROWS}. */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public String exportCsv(@NotNull AuditQuery query) {
    Reader reader = reader();
    List<AuditEvent> events = search.rows(query, reader.scope(), 0, AuditSearch.MAX_ROWS);
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

  /** The actions of the events the caller sees, for the filter. */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public List<String> actions() {
    return search.actions(reader().scope());
  }

  private Reader reader() {
    boolean portalWide = access.may(Permission.AUDIT_READ);
    TenantScope tenants = access.scopeOf(Permission.TENANTS_READ);
    SignedInStaff staff =
        portalWide || tenants.isNone()
            ? access.require(Permission.AUDIT_READ)
            : access.require(Permission.TENANTS_READ);
    TenantScope roles = portalWide ? access.scopeOf(Permission.ROLES_READ) : TenantScope.NONE;
    return new Reader(staff, new AuditScope(tenants, portalWide, roles));
  }

  private record Reader(SignedInStaff staff, AuditScope scope) {}
}
