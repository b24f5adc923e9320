package com.mtdconnect.tenancy.control;

import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Lifecycle moves that other components cause (consent sent, verified, lost), in the caller's
 * transaction. The caller's audit record names the move (one record per use case); permission
 * checks are the caller's too, since these also run for customers and jobs.
 */
@ApplicationScoped
public class TenantLifecycleChanges {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Moves the tenant to {@code to} if it is in one of the {@code from} states and not archived;
   * returns the state it left, or empty if it did not move.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<TenantLifecycle> move(
      long tenantId, Set<TenantLifecycle> from, TenantLifecycle to, String by) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null || tenant.isArchived() || !from.contains(tenant.getLifecycle())) {
      return Optional.empty();
    }
    TenantLifecycle before = tenant.getLifecycle();
    tenant.moveTo(to, by, LocalDateTime.now(clock));
    return Optional.of(before);
  }

  /** The tenant's current lifecycle state. */
  public Optional<TenantLifecycle> current(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId)).map(Tenant::getLifecycle);
  }
}
