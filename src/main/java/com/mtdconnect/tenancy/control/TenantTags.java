package com.mtdconnect.tenancy.control;

import com.mtdconnect.rbac.control.ScopedTenants;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The scope tags of one tenant, for the permission guard. It reads through the use case's
 * persistence context, so the use case's own load of the tenant costs no second query; a use case
 * without a transaction (one that calls Microsoft between its own short transactions) gets a short
 * one for this read: the server's entity manager outside a transaction can be one an earlier call
 * of the same request closed ("closed EntityManager", seen in OnboardingIT).
 */
@ApplicationScoped
public class TenantTags implements ScopedTenants {
  @PersistenceContext EntityManager em;

  @Override
  @Transactional
  public List<String> tagsOf(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId))
        .map(Tenant::getScopeTagList)
        .orElseThrow(() -> notFound(tenantId));
  }

  @Override
  public TenantNotFound notFound(long tenantId) {
    return new TenantNotFound(tenantId);
  }
}
