package com.mtdconnect.tenancy.control;

import com.mtdconnect.rbac.control.ScopePredicates;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantPage;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/** Pages, sorts and filters tenants inside the database, within the caller's RBAC scope. */
@ApplicationScoped
public class TenantSearch {
  /** The most rows one page may ask for. */
  public static final int MAX_PAGE_SIZE = 200;

  @PersistenceContext EntityManager em;

  /** One page of the matching tenants within the scope and how many match in all. */
  public TenantPage find(TenantQuery query, TenantScope scope) {
    return new TenantPage(rows(query, scope), count(query, scope));
  }

  /** One page of the matching tenants within the scope, sorted as asked. */
  public List<Tenant> rows(TenantQuery query, TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tenant> select = cb.createQuery(Tenant.class);
    Root<Tenant> tenant = select.from(Tenant.class);
    var sortBy = tenant.get(query.sortField().attribute());
    select
        .select(tenant)
        .where(matching(cb, tenant, query, scope))
        .orderBy(
            query.ascending() ? cb.asc(sortBy) : cb.desc(sortBy),
            query.ascending() ? cb.asc(tenant.get("id")) : cb.desc(tenant.get("id")));
    return em.createQuery(select)
        .setFirstResult(Math.max(0, query.first()))
        .setMaxResults(Math.max(1, Math.min(MAX_PAGE_SIZE, query.pageSize())))
        .getResultList();
  }

  /** How many tenants within the scope match the query's filters (paging and sorting aside). */
  public long count(TenantQuery query, TenantScope scope) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Tenant> counted = count.from(Tenant.class);
    count.select(cb.count(counted)).where(matching(cb, counted, query, scope));
    return em.createQuery(count).getSingleResult();
  }

  private static Predicate[] matching(
      CriteriaBuilder cb, Root<Tenant> tenant, TenantQuery query, TenantScope scope) {
    List<Predicate> where = new ArrayList<>();
    if (!scope.allTenants()) {
      where.add(ScopePredicates.within(cb, tenant, scope));
    }
    if (!query.includeArchived()) {
      where.add(cb.isNull(tenant.get("archivedAt")));
    }
    query.lifecycle().ifPresent(l -> where.add(cb.equal(tenant.get("lifecycle"), l)));
    if (query.onlyNeedingAttention()) {
      where.add(cb.isTrue(tenant.get("needsAttention")));
    }
    String text = likePattern(query.text());
    if (text != null) {
      where.add(
          cb.or(
              cb.like(cb.lower(tenant.get("displayName")), text, '!'),
              cb.like(tenant.get("directoryId"), text, '!'),
              cb.like(tenant.get("domain"), text, '!'),
              cb.like(cb.lower(tenant.get("contactName")), text, '!'),
              cb.like(cb.lower(tenant.get("contactEmail")), text, '!')));
    }
    String tag = likePattern(query.scopeTag() == null ? null : query.scopeTag().replace(",", ""));
    if (tag != null) {
      where.add(ScopePredicates.carriesTag(cb, tenant, tag.substring(1, tag.length() - 1)));
    }
    return where.toArray(Predicate[]::new);
  }

  /**
   * A case-insensitive "contains" pattern with LIKE wildcards in the input escaped by {@code !}, or
   * null for no filter.
   */
  static String likePattern(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return "%" + ScopePredicates.escaped(text.trim()) + "%";
  }
}
