package com.mtdconnect.health.control;

import com.mtdconnect.consent.entity.ConsentStatus;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.health.entity.HealthFacts;
import com.mtdconnect.health.entity.PlatformSummary;
import com.mtdconnect.health.entity.RoundRecord;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the health rules look at for one tenant: consent (consent component), the sync
 * frequency (onboarding), the recent rounds and the inventory summary (written by polling).
 */
@ApplicationScoped
public class HealthFactsReader {

  @PersistenceContext EntityManager em;
  @Inject HealthSettings settings;

  /** Whether onboarding applied our objects: the tenant's fact as provisioning reported it. */
  private boolean provisioned(long tenantId) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    return tenant != null && tenant.getOnboardingStage() == OnboardingStage.PROVISIONED;
  }

  public HealthFacts factsOf(long tenantId, LocalDateTime now) {
    TenantConsent consent = em.find(TenantConsent.class, tenantId);
    ConsentStatus status = consent == null ? ConsentStatus.NOT_REQUESTED : consent.getStatus();
    List<String> missing =
        consent == null
            ? List.of()
            : consent.getMissing().stream().map(RequiredPermission::getPermissionName).toList();
    TenantOnboarding onboarding = em.find(TenantOnboarding.class, tenantId);
    Duration interval =
        (onboarding == null ? SyncFrequency.DEFAULT : onboarding.getSyncFrequency()).interval();
    List<RoundRecord> recent =
        em.createNamedQuery(RoundRecord.NEWEST_OF_TENANT, RoundRecord.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(HealthRules.RECENT_ROUNDS)
            .getResultList();
    String skipped = recent.isEmpty() ? "" : recent.get(0).getSkipped();
    List<HealthFacts.RoundFacts> rounds =
        recent.stream()
            .map(
                r ->
                    new HealthFacts.RoundFacts(
                        r.getOutcome(), r.getRequests(), r.getThrottled(), r.getError()))
            .toList();
    Optional<LocalDateTime> lastSuccess =
        em
            .createNamedQuery(RoundRecord.NEWEST_SUCCESS_OF_TENANT, RoundRecord.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(1)
            .getResultList()
            .stream()
            .findFirst()
            .map(RoundRecord::getFinishedAt);
    List<HealthFacts.PlatformFacts> platforms =
        em
            .createNamedQuery(PlatformSummary.OF_TENANT, PlatformSummary.class)
            .setParameter("tenantId", tenantId)
            .getResultList()
            .stream()
            .map(PlatformSummary::facts)
            .toList();
    return new HealthFacts(
        status,
        missing,
        skipped,
        interval,
        settings.heartbeatThreshold(),
        rounds,
        lastSuccess,
        platforms,
        provisioned(tenantId),
        now);
  }
}
