package com.mtdconnect.outbox.boundary;

import com.mtdconnect.outbox.entity.OutboxEntry;
import com.mtdconnect.outbox.entity.OutboxMail;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.control.ScopePredicates;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the outbox: the newest mails about tenants in the caller's consent scope (the scope is a
 * predicate of the query, as everywhere), with the tenant's name; the web addresses in a mail (live
 * consent links) only for staff who may send consent links to that tenant.
 */
@ApplicationScoped
@Transactional
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject StaffAccess access;

  /** The newest {@code max} mails, of one tenant when {@code tenantId} is not null. */
  @Requires(Permission.CONSENT_READ)
  public List<OutboxEntry> newest(int max, Long tenantId) {
    TenantScope scope = access.scopeOf(Permission.CONSENT_READ);
    TenantScope senders = access.scopeOf(Permission.CONSENT_CREATE);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<OutboxMail> mail = query.from(OutboxMail.class);
    Root<Tenant> tenant = query.from(Tenant.class);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(mail.get("tenantId"), tenant.get("id")));
    where.add(ScopePredicates.within(cb, tenant, scope));
    if (tenantId != null) {
      where.add(cb.equal(tenant.get("id"), tenantId));
    }
    query
        .multiselect(mail, tenant)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(mail.get("createdAt")), cb.desc(mail.get("id")));
    return em.createQuery(query).setMaxResults(max).getResultList().stream()
        .map(
            row -> {
              Tenant about = row.get(1, Tenant.class);
              return OutboxEntry.of(
                  row.get(0, OutboxMail.class),
                  about.getDisplayName(),
                  senders.covers(about.getScopeTagList()));
            })
        .toList();
  }

  /** The tenants the caller's outbox holds mails about, by name: the page's tenant filter. */
  @Requires(Permission.CONSENT_READ)
  public List<TenantChoice> tenantsWithMail() {
    TenantScope scope = access.scopeOf(Permission.CONSENT_READ);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<TenantChoice> query = cb.createQuery(TenantChoice.class);
    Root<OutboxMail> mail = query.from(OutboxMail.class);
    Root<Tenant> tenant = query.from(Tenant.class);
    query
        .select(cb.construct(TenantChoice.class, tenant.get("id"), tenant.get("displayName")))
        .distinct(true)
        .where(
            cb.equal(mail.get("tenantId"), tenant.get("id")),
            ScopePredicates.within(cb, tenant, scope))
        .orderBy(cb.asc(tenant.get("displayName")));
    return em.createQuery(query).getResultList();
  }
}
