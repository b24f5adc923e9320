package com.mtdconnect.policies.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.policies.control.DriftFindings;
import com.mtdconnect.policies.control.PolicyPublish;
import com.mtdconnect.policies.control.PolicyScope;
import com.mtdconnect.policies.control.PolicyValidation;
import com.mtdconnect.policies.entity.DriftRow;
import com.mtdconnect.policies.entity.DriftSummary;
import com.mtdconnect.policies.entity.DriftedField;
import com.mtdconnect.policies.entity.PolicyDriftFinding;
import com.mtdconnect.policies.entity.PolicyInvalid;
import com.mtdconnect.policies.entity.PolicyNotFound;
import com.mtdconnect.policies.entity.PolicyRefused;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.PolicyVersion;
import com.mtdconnect.policies.entity.PublishRow;
import com.mtdconnect.policies.entity.TenantPolicy;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A tenant policy's drift, as the tenant round found it: read it, accept it (the policy adopts what
 * Intune holds as a new version, and later checks compare with it) or revert it (publish the
 * current version again, overwriting Intune). Checked on the tenant's scope tags, audited.
 */
@ApplicationScoped
@Transactional
public class PolicyDrifts {
  private static final Logger LOG = Logger.getLogger(PolicyDrifts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject DriftFindings findings;
  @Inject PolicyPublish publisher;
  @Inject PolicyScope scope;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The policy's drifted fields; empty when Intune holds what was published. */
  @Requires(Permission.POLICIES_READ)
  public List<DriftRow> of(@TenantId long tenantId, long policyId) {
    load(tenantId, policyId);
    return findings.of(policyId).stream().map(DriftRow::new).toList();
  }

  /** The tenant's policies with drift and how many fields each (for the tenant's page). */
  @Requires(Permission.POLICIES_READ)
  public List<DriftSummary> summary(@TenantId long tenantId) {
    Map<Long, Long> fields = new LinkedHashMap<>();
    em.createNamedQuery(PolicyDriftFinding.OF_TENANT, PolicyDriftFinding.class)
        .setParameter("tenant", tenantId)
        .getResultList()
        .forEach(f -> fields.merge(f.getTenantPolicyId(), 1L, Long::sum));
    return fields.entrySet().stream()
        .map(
            e ->
                new DriftSummary(
                    e.getKey(),
                    em.find(TenantPolicy.class, e.getKey()).getPlatform().getLabel(),
                    e.getValue()))
        .toList();
  }

  /**
   * Accepts the drift: every drifted field becomes an override with Intune's value, as a new
   * version by the caller with the comment; refused when a deviation cannot be a policy value (our
   * policy or app configuration deleted, threat gating off, an app configuration key removed) or
   * Intune's values are not valid settings.
   */
  @Requires(Permission.POLICIES_UPDATE)
  public int accept(
      @TenantId long tenantId, long policyId, @NotNull @Size(max = 400) String comment) {
    String by = access.requireSignedIn().username();
    TenantPolicy policy = load(tenantId, policyId);
    List<PolicyDriftFinding> drifted = findings.of(policyId);
    if (drifted.isEmpty()) {
      throw new PolicyRefused("Intune holds the published values: there is no drift to accept.");
    }
    Optional<DriftedField> fixed =
        drifted.stream().map(PolicyDriftFinding::field).filter(f -> !f.acceptable()).findFirst();
    if (fixed.isPresent()) {
      throw new PolicyRefused(
          fixed.get().label()
              + ": "
              + (fixed.get().found().isEmpty() ? "removed in Intune" : fixed.get().found())
              + ". This cannot become a policy value; revert to publish the policy again.");
    }
    Map<String, String> adopted = new LinkedHashMap<>();
    drifted.forEach(f -> adopted.put(f.getFieldKey(), f.getIntuneValue()));
    PolicyTemplate template = em.find(PolicyTemplate.class, policy.getTemplateId());
    Map<String, String> overrides = new LinkedHashMap<>(policy.overrides());
    overrides.putAll(adopted);
    PolicyValues effective = template.values().overriddenBy(overrides);
    Map<String, String> problems = PolicyValidation.problems(policy.getPlatform(), effective);
    if (!problems.isEmpty()) {
      throw new PolicyInvalid(problems);
    }
    Map<String, Object> before = policy.auditSnapshot();
    int number = policy.adopt(adopted, by, now());
    String what =
        drifted.stream()
            .map(f -> f.field().label() + " " + f.getIntuneValue())
            .collect(Collectors.joining("; "));
    String text =
        "Accepted from Intune: " + what + (comment.isBlank() ? "" : ". " + comment.trim());
    em.persist(
        new PolicyVersion(
            PolicyVersion.Owner.TENANT,
            policyId,
            number,
            effective,
            policy.overrides(),
            by,
            text.length() > 500 ? text.substring(0, 500) : text,
            now()));
    drifted.forEach(em::remove);
    Map<String, Object> after = policy.auditSnapshot();
    after.put("acceptedFromIntune", adopted);
    audit.record(
        new Actor(by, currentStaff.clientAddress()),
        new AuditEntry(
            "POLICY_DRIFT_ACCEPTED",
            tenantId,
            "TenantPolicy",
            String.valueOf(policyId),
            before,
            after));
    LOG.info(() -> "Drift of tenant policy " + policyId + " accepted by " + by + " as v" + number);
    return number;
  }

  /**
   * Reverts the drift: publishes the policy's current version again, which overwrites Intune's
   * values (or creates the policy again when it was deleted). A failure (Microsoft refused, say) is
   * the row's outcome with the reason, and leaves the findings as they are.
   */
  @Requires(Permission.POLICIES_ASSIGN)
  public PublishRow revert(@TenantId long tenantId, long policyId) {
    String by = access.requireSignedIn().username();
    TenantPolicy policy = load(tenantId, policyId);
    Tenant tenant = scope.requireAssignable(tenantId);
    PolicyTemplate template = em.find(PolicyTemplate.class, policy.getTemplateId());
    PolicyPublish.Applied applied =
        publisher.apply(tenant, publisher.plan(template, tenant), by, now());
    audit.record(
        new Actor(by, currentStaff.clientAddress()),
        PolicyPublishing.auditEntry(
            applied.succeeded() ? "POLICY_DRIFT_REVERTED" : "POLICY_DRIFT_REVERT_FAILED",
            tenant,
            template,
            applied));
    LOG.info(
        () ->
            "Drift of tenant policy "
                + policyId
                + " reverted by "
                + by
                + ": "
                + (applied.succeeded() ? applied.planned().action() : applied.failure()));
    return new PublishRow(
        tenantId,
        tenant.getDisplayName(),
        applied.planned().action(),
        applied.succeeded()
            ? "Published version "
                + policy.getCurrentVersion()
                + " again: "
                + applied.planned().detail()
                + "."
            : "Not reverted: " + applied.failure(),
        applied.succeeded() ? PublishRow.Outcome.PUBLISHED : PublishRow.Outcome.FAILED);
  }

  private TenantPolicy load(long tenantId, long policyId) {
    return Optional.ofNullable(em.find(TenantPolicy.class, policyId))
        .filter(p -> p.getTenantId() == tenantId)
        .orElseThrow(() -> new PolicyNotFound("Tenant policy", policyId));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
