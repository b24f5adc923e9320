package com.mtdconnect.outbox.boundary;

import com.mtdconnect.outbox.entity.OutboxMail;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.control.ScopePredicates;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reads the outbox: the newest mails about tenants in the caller's consent scope (the scope is a
 * predicate of the query, as everywhere).
 */
@ApplicationScoped
@Transactional
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject StaffAccess access;

  @Requires(Permission.CONSENT_READ)
  public List<OutboxMail> newest(int max) {
    TenantScope scope = access.scopeOf(Permission.CONSENT_READ);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<OutboxMail> query = cb.createQuery(OutboxMail.class);
    Root<OutboxMail> mail = query.from(OutboxMail.class);
    Root<Tenant> tenant = query.from(Tenant.class);
    query
        .select(mail)
        .where(
            cb.equal(mail.get("tenantId"), tenant.get("id")),
            ScopePredicates.within(cb, tenant, scope))
        .orderBy(cb.desc(mail.get("createdAt")), cb.desc(mail.get("id")));
    return em.createQuery(query).setMaxResults(max).getResultList();
  }
}
