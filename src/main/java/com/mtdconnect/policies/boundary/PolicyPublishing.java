package com.mtdconnect.policies.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.policies.control.PolicyPublish;
import com.mtdconnect.policies.control.PolicyScope;
import com.mtdconnect.policies.entity.PolicyNotFound;
import com.mtdconnect.policies.entity.PolicyTemplate;
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
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Publishing a template's tenant policy to one tenant's Intune: the plan (what would be created or
 * updated, or why it is blocked), and the publish itself through the paced Graph gateway, each in a
 * transaction of its own. A publish run ({@link PolicyPublishRuns}) calls them tenant by tenant in
 * the background, acting for the staff member who started it, so one tenant Microsoft refuses is
 * recorded as failed with the reason and the others go on. Publishing again publishes only what
 * differs (retry).
 */
@ApplicationScoped
@Transactional
public class PolicyPublishing {
  private static final Logger LOG = Logger.getLogger(PolicyPublishing.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PolicyPublish publisher;
  @Inject PolicyScope scope;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** What publishing would do in the tenant's Intune now; changes nothing. */
  @Requires(Permission.POLICIES_ASSIGN)
  public PublishRow plan(long templateId, @TenantId long tenantId) {
    PolicyTemplate template = template(templateId);
    Tenant tenant = scope.requireAssignable(tenantId);
    PolicyPublish.Planned planned = publisher.plan(template, tenant);
    return new PublishRow(
        tenantId,
        tenant.getDisplayName(),
        planned.action(),
        planned.detail(),
        planned.blocked() ? PublishRow.Outcome.BLOCKED : PublishRow.Outcome.PLANNED);
  }

  /**
   * Publishes the tenant's policy (planned again at this moment, so what is applied is what Intune
   * needs now): published, or failed with the reason. Audited, failures included.
   */
  @Requires(Permission.POLICIES_ASSIGN)
  public PublishRow publish(long templateId, @TenantId long tenantId) {
    String by = access.requireSignedIn().username();
    PolicyTemplate template = template(templateId);
    Tenant tenant = scope.requireAssignable(tenantId);
    long started = System.nanoTime();
    PolicyPublish.Applied applied =
        publisher.apply(tenant, publisher.plan(template, tenant), by, now());
    PolicyPublish.Planned planned = applied.planned();
    if (planned.policy() != null) {
      audit.record(
          new Actor(by, currentStaff.clientAddress()),
          auditEntry(
              applied.succeeded() ? "POLICY_PUBLISHED" : "POLICY_PUBLISH_FAILED",
              tenant,
              template,
              applied));
    }
    LOG.info(
        () ->
            "Policy "
                + template.getName()
                + " published to tenant "
                + tenantId
                + ": "
                + (planned.blocked() ? "blocked" : planned.action())
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
    return new PublishRow(
        tenantId,
        tenant.getDisplayName(),
        planned.action(),
        applied.succeeded() ? planned.detail() : applied.failure(),
        applied.succeeded() ? PublishRow.Outcome.PUBLISHED : PublishRow.Outcome.FAILED);
  }

  /** The audit record of one tenant's publish (or revert): what was applied, or why not. */
  static AuditEntry auditEntry(
      String action, Tenant tenant, PolicyTemplate template, PolicyPublish.Applied applied) {
    TenantPolicy policy = applied.planned().policy();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("template", template.getName());
    after.put("version", policy.getCurrentVersion());
    if (applied.succeeded()) {
      after.put("action", applied.planned().action());
      after.put("intuneObject", applied.objectId());
    } else {
      after.put("reason", applied.failure());
    }
    return new AuditEntry(
        action, tenant.getId(), "TenantPolicy", String.valueOf(policy.getId()), Map.of(), after);
  }

  private PolicyTemplate template(long id) {
    return Optional.ofNullable(em.find(PolicyTemplate.class, id))
        .orElseThrow(() -> new PolicyNotFound("Template", id));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
