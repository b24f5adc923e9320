package com.mtdconnect.policies.control;

import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.policies.entity.DriftedField;
import com.mtdconnect.policies.entity.PolicyDriftCount;
import com.mtdconnect.policies.entity.PolicyDriftFinding;
import com.mtdconnect.policies.entity.TenantPolicy;
import com.mtdconnect.polling.control.PollFence;
import com.mtdconnect.polling.entity.RoundContext;
import com.mtdconnect.provisioning.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drift findings of a tenant's published policies, as the tenant round stores them under its
 * fence: a new deviation is added (detected now, with Intune's last change of the object), a
 * deviation that changed is updated, one Intune no longer has is removed.
 */
@ApplicationScoped
public class DriftFindings {

  @PersistenceContext EntityManager em;
  @Inject PollFence fence;

  /** Whether the tenant has a published policy (otherwise the round reads nothing for drift). */
  @Transactional
  public boolean anyPublished(long tenantId) {
    return em.createNamedQuery(TenantPolicy.COUNT_PUBLISHED_OF_TENANT, Long.class)
            .setParameter("tenant", tenantId)
            .getSingleResult()
        > 0;
  }

  /** What the round found. */
  public record Stored(int drifted, int policies, int changes) {}

  /**
   * Compares every published policy of the tenant with Intune's compliance policies and app
   * configurations; stores it.
   */
  @Transactional
  public Stored store(
      RoundContext round,
      List<IntuneObject> compliancePolicies,
      List<IntuneObject> appConfigurations) {
    fence.hold(round);
    int drifted = 0;
    int changes = 0;
    List<TenantPolicy> published =
        em.createNamedQuery(TenantPolicy.PUBLISHED_OF_TENANT, TenantPolicy.class)
            .setParameter("tenant", round.tenantId())
            .getResultList();
    for (TenantPolicy policy : published) {
      Optional<IntuneObject> held =
          PolicyDrift.ours(compliancePolicies, policy.getPlatform(), policy.getIntuneObjectId());
      List<DriftedField> fields =
          new ArrayList<>(
              PolicyDrift.compare(policy.getPlatform(), policy.publishedValues(), held));
      fields.addAll(
          PolicyDrift.compareConfiguration(
              policy.publishedValues(),
              PolicyObjects.ourConfiguration(appConfigurations, policy.getPlatform())));
      Optional<LocalDateTime> changedAt =
          held.flatMap(IntuneObject::lastModified)
              .map(t -> LocalDateTime.ofInstant(t, ZoneOffset.UTC));
      changes += sync(round, policy, fields, changedAt);
      drifted += fields.size();
    }
    return new Stored(drifted, published.size(), changes);
  }

  private int sync(
      RoundContext round,
      TenantPolicy policy,
      List<DriftedField> fields,
      Optional<LocalDateTime> changedAt) {
    Map<String, PolicyDriftFinding> known = new HashMap<>();
    for (PolicyDriftFinding f : of(policy.getId())) {
      known.put(f.getFieldKey(), f);
    }
    int changes = 0;
    for (DriftedField field : fields) {
      PolicyDriftFinding finding = known.remove(field.key());
      if (finding == null) {
        em.persist(
            new PolicyDriftFinding(
                round.tenantId(), policy.getId(), field, changedAt, round.startedAt()));
        changes++;
      } else if (finding.foundAgain(field, changedAt, round.startedAt())) {
        changes++;
      }
    }
    for (PolicyDriftFinding gone : known.values()) {
      em.remove(gone);
      changes++;
    }
    return changes;
  }

  /**
   * The tenants' drifted policies with how many fields each, in two statements whatever the number
   * of tenants (inside the caller's transaction; the caller scopes the tenants).
   */
  public List<PolicyDriftCount> countsOf(Collection<Long> tenantIds) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> counts =
        em.createQuery(
                "select d.tenantId, d.tenantPolicyId, count(d) from PolicyDriftFinding d"
                    + " where d.tenantId in :ids group by d.tenantId, d.tenantPolicyId"
                    + " order by d.tenantId, d.tenantPolicyId",
                Object[].class)
            .setParameter("ids", tenantIds)
            .getResultList();
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names = new HashMap<>();
    em.createQuery(
            "select p.id, t.name, p.platform from TenantPolicy p, PolicyTemplate t"
                + " where t.id = p.templateId and p.id in :ids",
            Object[].class)
        .setParameter("ids", counts.stream().map(c -> (Long) c[1]).toList())
        .getResultList()
        .forEach(r -> names.put((Long) r[0], r[1] + " (" + ((Platform) r[2]).getLabel() + ")"));
    return counts.stream()
        .map(
            c ->
                new PolicyDriftCount(
                    (Long) c[0],
                    (Long) c[1],
                    names.getOrDefault((Long) c[1], "#" + c[1]),
                    ((Number) c[2]).longValue()))
        .toList();
  }

  /** A policy's findings (inside the caller's transaction). */
  public List<PolicyDriftFinding> of(long policyId) {
    return em.createNamedQuery(PolicyDriftFinding.OF_POLICY, PolicyDriftFinding.class)
        .setParameter("policy", policyId)
        .getResultList();
  }
}
