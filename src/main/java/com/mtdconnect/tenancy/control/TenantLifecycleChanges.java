package com.mtdconnect.tenancy.control;

import com.mtdconnect.tenancy.entity.ConsentFact;
import com.mtdconnect.tenancy.entity.OnboardingStage;
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

/**
 * The facts other components report about a tenant (consent, onboarding, provisioning), in the
 * caller's transaction; the tenant derives its lifecycle from them ({@code TenantStatusRules}).
 * Nothing else moves a lifecycle. The caller's audit record names the change (one record per use
 * case) and may add the returned move to it; permission checks are the caller's too, since these
 * also run for customers and jobs. Facts of an archived tenant are kept as well: restoring it shows
 * where it really stands.
 */
@ApplicationScoped
public class TenantLifecycleChanges {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Where the tenant's consent stands now, with the concrete reason (which permission was lost, why
   * the last check failed) or null.
   *
   * @return the lifecycle move it caused ("CONSENT_PENDING → CONSENTED"), or empty if none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> consentReached(
      long tenantId, ConsentFact fact, String detail, String actor) {
    return change(tenantId, t -> t.consentReached(fact, detail, actor, LocalDateTime.now(clock)));
  }

  /**
   * How far the tenant's onboarding or provisioning came; for onboarding (wizard) and provisioning
   * (apply, offboard).
   *
   * @return the lifecycle move it caused ("CONSENTED → CONFIGURING"), or empty if none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> onboardingReached(long tenantId, OnboardingStage stage, String actor) {
    return onboardingReached(tenantId, stage, null, actor);
  }

  /**
   * As {@link #onboardingReached(long, OnboardingStage, String)}, with the concrete reason the
   * tenant page shows (e.g. which provisioning step failed and why).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> onboardingReached(
      long tenantId, OnboardingStage stage, String detail, String actor) {
    return change(
        tenantId, t -> t.onboardingReached(stage, detail, actor, LocalDateTime.now(clock)));
  }

  /**
   * On how many devices our app is installed, as install status was just read (provisioning's
   * install status; later polling).
   *
   * @return the lifecycle move it caused ("INSTALLING → ACTIVE"), or empty if none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> appInstallsReported(long tenantId, int installedDevices, String actor) {
    return change(
        tenantId, t -> t.appInstallsReported(installedDevices, actor, LocalDateTime.now(clock)));
  }

  /** The tenant's current lifecycle state. */
  public Optional<TenantLifecycle> current(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId)).map(Tenant::getLifecycle);
  }

  private Optional<String> change(long tenantId, java.util.function.Predicate<Tenant> report) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null) {
      return Optional.empty();
    }
    TenantLifecycle before = tenant.getLifecycle();
    report.test(tenant);
    return before == tenant.getLifecycle()
        ? Optional.empty()
        : Optional.of(before.name() + " → " + tenant.getLifecycle().name());
  }
}
