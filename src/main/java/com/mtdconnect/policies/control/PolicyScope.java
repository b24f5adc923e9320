package com.mtdconnect.policies.control;

import com.mtdconnect.policies.entity.PolicyRefused;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.TenantPolicy;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The tenants a caller may give policies to or publish to (Policies: Assign on the tenant's scope
 * tags; one they may not even read is "not found"), and a tenant's policy for a template's
 * platform. Called inside the boundaries' transactions.
 */
@ApplicationScoped
public class PolicyScope {
  @PersistenceContext EntityManager em;
  @Inject StaffAccess access;

  /** The tenant, when it exists, is not archived and the caller may assign policies on it. */
  public Tenant requireAssignable(long tenantId) {
    Tenant tenant =
        Optional.ofNullable(em.find(Tenant.class, tenantId))
            .orElseThrow(() -> new TenantNotFound(tenantId));
    if (!access.mayOn(Permission.TENANTS_READ, tenant.getScopeTagList())) {
      access.refusedOutOfScope(Permission.TENANTS_READ, tenantId);
      throw new TenantNotFound(tenantId);
    }
    access.requireOn(Permission.POLICIES_ASSIGN, tenantId, tenant.getScopeTagList());
    if (tenant.isArchived()) {
      throw new PolicyRefused(tenant.getDisplayName() + " is archived: restore it first.");
    }
    return tenant;
  }

  /** The tenant's policy for the template's platform, whichever template it inherits. */
  public Optional<TenantPolicy> forPlatform(long tenantId, PolicyTemplate template) {
    return em.createNamedQuery(TenantPolicy.OF_TENANT_PLATFORM, TenantPolicy.class)
        .setParameter("tenant", tenantId)
        .setParameter("platform", template.getPlatform())
        .getResultStream()
        .findFirst();
  }

  /** The tenant's policy inheriting this template. */
  public Optional<TenantPolicy> policyOf(long tenantId, PolicyTemplate template) {
    return forPlatform(tenantId, template).filter(p -> p.getTemplateId() == template.getId());
  }
}
