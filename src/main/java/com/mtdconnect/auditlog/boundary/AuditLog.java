package com.mtdconnect.auditlog.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.auditlog.control.AuditCsv;
import com.mtdconnect.auditlog.control.AuditSearch;
import com.mtdconnect.auditlog.control.ObjectNames;
import com.mtdconnect.auditlog.entity.AuditObject;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.auditlog.entity.AuditRow;
import com.mtdconnect.auditlog.entity.AuditScope;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.TenantChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the audit log, scoped like everything else: events of the tenants the caller may read
 * (Tenants: Read), and portal-wide events (sign-ins, refusals without a tenant, exports) only with
 * Audit: Read. Events about roles and assignments need Audit: Read and a Roles: Read scope reaching
 * their scope tags, the same rule as the role pages. Exports are themselves recorded.
 */
@ApplicationScoped
@Transactional
public class AuditLog {
  /** The most tenants one suggestion of the tenant filter lists. */
  static final int MAX_TENANT_CHOICES = 50;

  @Inject AuditSearch search;
  @Inject ObjectNames objectNames;
  @Inject AuditTrail audit;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;

  /** One page of events, newest first, each with its tenant's name and its object in words. */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public List<AuditRow> events(@NotNull AuditQuery query, int first, int max) {
    AuditScope scope = reader().scope();
    return withNames(search.rows(query, scope, first, max), scope);
  }

  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public long count(@NotNull AuditQuery query) {
    return search.count(query, reader().scope());
  }

  /** The matching events as CSV, newest first, at most {@link AuditSearch#MAX_ROWS}. */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public String exportCsv(@NotNull AuditQuery query) {
    Reader reader = reader();
    List<AuditRow> rows =
        withNames(search.rows(query, reader.scope(), 0, AuditSearch.MAX_ROWS), reader.scope());
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("period", query.getPeriod() == null ? "any" : query.getPeriod().name());
    filters.put("from", String.valueOf(query.getFrom()));
    filters.put("to", String.valueOf(query.getTo()));
    filters.put("actor", query.getActor());
    filters.put("action", query.getAction());
    filters.put("tenantId", query.getTenantId());
    filters.put("rows", rows.size());
    audit.record(
        new Actor(reader.staff().username(), currentStaff.clientAddress()),
        new AuditEntry("AUDIT_EXPORTED", null, "AuditEvent", "csv", Map.of(), filters));
    return AuditCsv.of(rows);
  }

  /** The actions of the events the caller sees, for the filter. */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public List<String> actions() {
    return search.actions(reader().scope());
  }

  /**
   * The tenant filter's suggestions: tenants the caller reads the events of, whose name contains
   * the text, by name, at most {@code max}.
   */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public List<TenantChoice> tenantChoices(String text, int max) {
    return search.tenantChoices(text, reader().scope(), Math.min(max, MAX_TENANT_CHOICES));
  }

  /**
   * The tenant the filter names, if the caller reads its events: a tenant id outside their scope
   * (or of no tenant) gives nothing, the same answer, so the filter reveals nothing about it.
   */
  @Requires({Permission.AUDIT_READ, Permission.TENANTS_READ})
  public Optional<TenantChoice> tenantChoice(long tenantId) {
    return search.tenantChoice(tenantId, reader().scope());
  }

  /**
   * The events with their tenants' names (one query, within the reader's scope) and their objects
   * in words (one query per kind of named object on the page).
   */
  private List<AuditRow> withNames(List<AuditEvent> events, AuditScope scope) {
    Map<Long, String> tenants = search.tenantNames(ObjectNames.tenantIdsOf(events), scope);
    List<AuditObject> objects = objectNames.of(events, tenants);
    List<AuditRow> rows = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      AuditEvent event = events.get(i);
      rows.add(new AuditRow(event, tenants.get(event.getTenantId()), objects.get(i)));
    }
    return rows;
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
