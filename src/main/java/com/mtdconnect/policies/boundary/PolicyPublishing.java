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
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotEmpty;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Publishing a template's tenant policies to the tenants' Intune: the plan per tenant (what would
 * be created or updated, or why it is blocked), then, once approved, the publish itself, tenant by
 * tenant through the paced Graph gateway; a tenant Microsoft refuses is recorded as failed with the
 * reason and the others go on. Publishing again publishes only what differs (retry).
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

  /** What publishing would do in each tenant's Intune now; changes nothing. */
  @Requires(Permission.POLICIES_ASSIGN)
  public List<PublishRow> plan(long templateId, @NotEmpty List<Long> tenantIds) {
    PolicyTemplate template = template(templateId);
    List<PublishRow> rows = new ArrayList<>();
    for (long tenantId : new LinkedHashSet<>(tenantIds)) {
      Tenant tenant = scope.requireAssignable(tenantId);
      PolicyPublish.Planned planned = publisher.plan(template, tenant);
      rows.add(
          new PublishRow(
              tenantId,
              tenant.getDisplayName(),
              planned.action(),
              planned.detail(),
              planned.blocked() ? PublishRow.Outcome.BLOCKED : PublishRow.Outcome.PLANNED));
    }
    return rows;
  }

  /**
   * Publishes each tenant's policy (planned again at this moment, so what is applied is what Intune
   * needs now); one row per tenant with its outcome. Audited per tenant, failures included.
   */
  @Requires(Permission.POLICIES_ASSIGN)
  public List<PublishRow> publish(long templateId, @NotEmpty List<Long> tenantIds) {
    String by = access.requireSignedIn().username();
    PolicyTemplate template = template(templateId);
    List<PublishRow> rows = new ArrayList<>();
    for (long tenantId : new LinkedHashSet<>(tenantIds)) {
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
      rows.add(
          new PublishRow(
              tenantId,
              tenant.getDisplayName(),
              planned.action(),
              applied.succeeded() ? planned.detail() : applied.failure(),
              applied.succeeded() ? PublishRow.Outcome.PUBLISHED : PublishRow.Outcome.FAILED));
    }
    return rows;
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
