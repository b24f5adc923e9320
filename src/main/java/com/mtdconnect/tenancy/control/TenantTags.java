package com.mtdconnect.tenancy.control;

import com.mtdconnect.rbac.control.ScopedTenants;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The scope tags of one tenant, for the permission guard. It reads through the use case's
 * persistence context, so the use case's own load of the tenant costs no second query.
 */
@ApplicationScoped
public class TenantTags implements ScopedTenants {
  @PersistenceContext EntityManager em;

  @Override
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
