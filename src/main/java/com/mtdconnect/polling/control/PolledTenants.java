package com.mtdconnect.polling.control;

import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * What the engine reads about a tenant before a round, each read in a short transaction of its own:
 * the scheduler's threads live long, and the server's entity manager is only safe to use inside a
 * transaction there.
 */
@ApplicationScoped
public class PolledTenants {

  @PersistenceContext EntityManager em;

  /**
   * A tenant that is polled.
   *
   * @param directoryId its Entra tenant id
   * @param period its sync frequency, or the default
   */
  public record Polled(String directoryId, Duration period) {}

  /** The tenant if it is polled: registered, not archived, not offboarded. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Polled> polled(long tenantId) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (!polled(tenant)) {
      return Optional.empty();
    }
    return Optional.of(new Polled(tenant.getDirectoryId(), period(tenantId)));
  }

  /** The tenant's sync frequency from onboarding, or the default. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Duration periodOf(long tenantId) {
    return period(tenantId);
  }

  private Duration period(long tenantId) {
    TenantOnboarding onboarding = em.find(TenantOnboarding.class, tenantId);
    return RoundPlanning.period(
        Optional.ofNullable(onboarding)
            .map(TenantOnboarding::getSyncFrequency)
            .map(f -> f.interval()));
  }

  static boolean polled(Tenant tenant) {
    return tenant != null
        && !tenant.isArchived()
        && tenant.getOnboardingStage() != OnboardingStage.OFFBOARDED;
  }
}
