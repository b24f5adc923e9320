package com.mtdconnect.policies.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.policies.control.PolicyValidation;
import com.mtdconnect.policies.control.PolicyVersions;
import com.mtdconnect.policies.entity.PolicyInvalid;
import com.mtdconnect.policies.entity.PolicyNotFound;
import com.mtdconnect.policies.entity.PolicyRefused;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.PolicyVersion;
import com.mtdconnect.policies.entity.TenantPolicy;
import com.mtdconnect.policies.entity.TenantPolicyView;
import com.mtdconnect.policies.entity.ValueChange;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's mobile security policy: read it with what it inherits, save its overrides as a new
 * version, compare versions. Checked on the tenant's scope tags.
 */
@ApplicationScoped
@Transactional
public class TenantPolicies {

  @PersistenceContext EntityManager em;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject PolicyVersions versions;
  @Inject Clock clock;

  @Requires(Permission.POLICIES_READ)
  public TenantPolicyView find(@TenantId long tenantId, long policyId) {
    TenantPolicy policy = load(tenantId, policyId);
    return view(policy);
  }

  /**
   * Saves the overrides (field key → value; keys left out inherit the template) as the next
   * version; refused when the resulting values are invalid or someone saved in between.
   */
  @Requires(Permission.POLICIES_UPDATE)
  public TenantPolicyView save(
      @TenantId long tenantId,
      long policyId,
      long lockVersion,
      @NotNull Map<String, String> overrides,
      @NotNull @Size(max = 500) String comment) {
    String by = access.requireSignedIn().username();
    TenantPolicy policy = load(tenantId, policyId);
    if (policy.getVersion() != lockVersion) {
      throw new PolicyRefused(
          policy.getUpdatedBy()
              + " saved this policy meanwhile; open it again to see their change (yours is still"
              + " on the page).");
    }
    PolicyTemplate template = template(policy);
    PolicyValues effective = template.values().overriddenBy(overrides);
    Map<String, String> problems = PolicyValidation.problems(policy.getPlatform(), effective);
    if (!problems.isEmpty()) {
      throw new PolicyInvalid(problems);
    }
    Map<String, Object> before = policy.auditSnapshot();
    int number = policy.override(overrides, by, now());
    em.persist(
        new PolicyVersion(
            PolicyVersion.Owner.TENANT,
            policyId,
            number,
            effective,
            policy.overrides(),
            by,
            comment.trim(),
            now()));
    em.flush();
    audit.record(
        new Actor(by, currentStaff.clientAddress()),
        new AuditEntry(
            "TENANT_POLICY_UPDATED",
            tenantId,
            "TenantPolicy",
            String.valueOf(policyId),
            before,
            policy.auditSnapshot()));
    return view(policy);
  }

  @Requires(Permission.POLICIES_READ)
  public List<PolicyVersion> versions(@TenantId long tenantId, long policyId) {
    load(tenantId, policyId);
    return versions.of(PolicyVersion.Owner.TENANT, policyId);
  }

  @Requires(Permission.POLICIES_READ)
  public List<ValueChange> diff(@TenantId long tenantId, long policyId, int from, int to) {
    load(tenantId, policyId);
    return versions.diff(PolicyVersion.Owner.TENANT, policyId, from, to);
  }

  private TenantPolicyView view(TenantPolicy policy) {
    PolicyTemplate template = template(policy);
    Tenant tenant = em.find(Tenant.class, policy.getTenantId());
    return new TenantPolicyView(policy, template, tenant.getDisplayName());
  }

  private PolicyTemplate template(TenantPolicy policy) {
    return em.find(PolicyTemplate.class, policy.getTemplateId());
  }

  /** The policy, when it is this tenant's (a policy of another tenant is not found). */
  private TenantPolicy load(long tenantId, long policyId) {
    return Optional.ofNullable(em.find(TenantPolicy.class, policyId))
        .filter(p -> p.getTenantId() == tenantId)
        .orElseThrow(() -> new PolicyNotFound("Tenant policy", policyId));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
