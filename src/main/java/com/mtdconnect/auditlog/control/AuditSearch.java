package com.mtdconnect.auditlog.control;

import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.auditlog.entity.AuditScope;
import com.mtdconnect.rbac.control.ScopePredicates;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters and pages audit events inside the database, limited to what the reader may see: events of
 * tenants within their scope, and portal-wide events (no tenant) only when allowed, of which role
 * and assignment events only when the reader's Roles scope reaches their scope tags.
 */
@ApplicationScoped
public class AuditSearch {
  /** The most rows one page or one export may hold. */
  public static final int MAX_ROWS = 10_000;

  /** The event attribute holding the scope tags of the role or assignment it is about. */
  private static final String ROLE_SCOPE_TAGS = "roleScopeTags";

  /** The most tenant ids one name query names (the export resolves up to MAX_ROWS rows). */
  private static final int NAMES_PER_QUERY = 1_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Newest first. */
  public List<AuditEvent> rows(AuditQuery query, AuditScope scope, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = select.from(AuditEvent.class);
    select
        .select(event)
        .where(matching(cb, select, event, query, scope, LocalDateTime.now(clock)))
        .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
    return em.createQuery(select)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(MAX_ROWS, max)))
        .getResultList();
  }

  public long count(AuditQuery query, AuditScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEvent> event = count.from(AuditEvent.class);
    count
        .select(cb.count(event))
        .where(matching(cb, count, event, query, scope, LocalDateTime.now(clock)));
    return em.createQuery(count).getSingleResult();
  }

  /** The actions of the events the reader sees, each once, for the filter. */
  public List<String> actions(AuditScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> select = cb.createQuery(String.class);
    Root<AuditEvent> event = select.from(AuditEvent.class);
    select
        .select(event.get("action"))
        .distinct(true)
        .where(readable(cb, select, event, scope))
        .orderBy(cb.asc(event.get("action")));
    return em.createQuery(select).getResultList();
  }

  /**
   * The display names of these tenants, for the rows of one page or export, in one query per
   * thousand ids and only for tenants within the reader's Tenants: Read scope: a tenant out of
   * reach gets no name (the page shows its id without a link).
   */
  public Map<Long, String> tenantNames(Collection<Long> tenantIds, AuditScope scope) {
    Map<Long, String> names = new HashMap<>();
    List<Long> ids = tenantIds.stream().filter(Objects::nonNull).distinct().toList();
    if (scope.tenants().isNone()) {
      return names;
    }
    for (int start = 0; start < ids.size(); start += NAMES_PER_QUERY) {
      List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + NAMES_PER_QUERY));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> select = cb.createQuery(Object[].class);
      Root<Tenant> tenant = select.from(Tenant.class);
      select
          .multiselect(tenant.get("id"), tenant.get("displayName"))
          .where(tenant.get("id").in(chunk), ScopePredicates.within(cb, tenant, scope.tenants()));
      for (Object[] row : em.createQuery(select).getResultList()) {
        names.put((Long) row[0], (String) row[1]);
      }
    }
    return names;
  }

  /**
   * The tenant filter's choices: tenants within the reader's Tenants: Read scope whose display name
   * contains the text (ignoring case; all for blank text), by name, at most {@code max}.
   */
  public List<TenantChoice> tenantChoices(String text, AuditScope scope, int max) {
    if (scope.tenants().isNone()) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<TenantChoice> select = cb.createQuery(TenantChoice.class);
    Root<Tenant> tenant = select.from(Tenant.class);
    List<Predicate> where = new ArrayList<>();
    where.add(ScopePredicates.within(cb, tenant, scope.tenants()));
    if (text != null && !text.isBlank()) {
      String pattern = "%" + ScopePredicates.escaped(text.trim()) + "%";
      where.add(cb.like(cb.lower(tenant.get("displayName")), pattern, '!'));
    }
    select
        .select(cb.construct(TenantChoice.class, tenant.get("id"), tenant.get("displayName")))
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(tenant.get("displayName")), cb.asc(tenant.get("id")));
    return em.createQuery(select).setMaxResults(Math.max(1, max)).getResultList();
  }

  /** The tenant with this id, if the reader's Tenants: Read scope reaches it. */
  public Optional<TenantChoice> tenantChoice(long tenantId, AuditScope scope) {
    return Optional.ofNullable(tenantNames(List.of(tenantId), scope).get(tenantId))
        .map(name -> new TenantChoice(tenantId, name));
  }

  private static Predicate[] matching(
      CriteriaBuilder cb,
      AbstractQuery<?> query,
      Root<AuditEvent> event,
      AuditQuery filter,
      AuditScope scope,
      LocalDateTime now) {
    List<Predicate> where = new ArrayList<>();
    where.add(readable(cb, query, event, scope));
    filter
        .earliestAt(now)
        .ifPresent(from -> where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), from)));
    filter.latest().ifPresent(to -> where.add(cb.lessThanOrEqualTo(event.get("occurredAt"), to)));
    if (filter.getActor() != null && !filter.getActor().isBlank()) {
      where.add(cb.equal(event.get("actor"), filter.getActor().trim()));
    }
    if (filter.getAction() != null && !filter.getAction().isBlank()) {
      where.add(cb.equal(event.get("action"), filter.getAction().trim()));
    }
    if (filter.getTenantId() != null) {
      where.add(cb.equal(event.get("tenantId"), filter.getTenantId()));
    }
    return where.toArray(Predicate[]::new);
  }

  private static Predicate readable(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<AuditEvent> event, AuditScope scope) {
    Predicate ofPortal = scope.portalWide() ? ofPortal(cb, event, scope.roles()) : cb.disjunction();
    TenantScope tenants = scope.tenants();
    if (tenants.isNone()) {
      return ofPortal;
    }
    if (tenants.allTenants()) {
      return cb.or(ofPortal, cb.isNotNull(event.get("tenantId")));
    }
    Subquery<Long> inScope = query.subquery(Long.class);
    Root<Tenant> tenant = inScope.from(Tenant.class);
    inScope.select(tenant.get("id")).where(ScopePredicates.within(cb, tenant, tenants));
    return cb.or(ofPortal, event.get("tenantId").in(inScope));
  }

  /**
   * Events about no tenant: all but those about roles and assignments, and of those the ones whose
   * tags the Roles scope reaches (every one for all tenants, none for no tags).
   */
  private static Predicate ofPortal(CriteriaBuilder cb, Root<AuditEvent> event, TenantScope roles) {
    Predicate ofRoles =
        cb.and(
            cb.isNotNull(event.get(ROLE_SCOPE_TAGS)),
            ScopePredicates.within(cb, event, ROLE_SCOPE_TAGS, roles));
    return cb.and(
        cb.isNull(event.get("tenantId")), cb.or(cb.isNull(event.get(ROLE_SCOPE_TAGS)), ofRoles));
  }
}
