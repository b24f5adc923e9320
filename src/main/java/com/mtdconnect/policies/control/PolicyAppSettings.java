package com.mtdconnect.policies.control;

import com.mtdconnect.policies.entity.TenantPolicy;
import com.mtdconnect.provisioning.control.PublishedAppSettings;
import com.mtdconnect.provisioning.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * The app configuration keys of the tenant's published policy for a platform, as last published (or
 * accepted from Intune), for provisioning to keep in the app configuration it manages. Called
 * inside provisioning's transactions.
 */
@ApplicationScoped
public class PolicyAppSettings implements PublishedAppSettings {
  @PersistenceContext EntityManager em;

  @Override
  public Map<String, String> of(long tenantId, Platform platform) {
    return em.createNamedQuery(TenantPolicy.OF_TENANT_PLATFORM, TenantPolicy.class)
        .setParameter("tenant", tenantId)
        .setParameter("platform", platform)
        .getResultStream()
        .filter(p -> p.getPublishedVersion() != null)
        .findFirst()
        .map(p -> p.publishedValues().appSettings())
        .orElse(Map.of());
  }
}
