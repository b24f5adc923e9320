package com.mtdconnect.policies.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.policies.control.PolicyObjects;
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
  @Inject GraphGateway gateway;
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
      Planned planned = plan(template, tenant);
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
      Planned planned = plan(template, tenant);
      String failure = planned.blocked() ? planned.detail() : null;
      String objectId = "";
      if (failure == null) {
        try {
          objectId = apply(tenant, planned);
        } catch (GraphFailure e) {
          failure = e.getMessage();
        }
      }
      TenantPolicy policy = planned.policy();
      if (policy != null) {
        record(tenant, policy, template, planned, failure, objectId, by);
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
              failure == null ? planned.detail() : failure,
              failure == null ? PublishRow.Outcome.PUBLISHED : PublishRow.Outcome.FAILED));
    }
    return rows;
  }

  private String apply(Tenant tenant, Planned planned) {
    return switch (planned.step().action()) {
      case CREATE -> gateway.createIntuneObject(tenant.getDirectoryId(), planned.spec()).id();
      case UPDATE -> {
        gateway.updateIntuneObject(
            tenant.getDirectoryId(), planned.step().objectId(), planned.spec());
        yield planned.step().objectId();
      }
      default -> planned.step().objectId();
    };
  }

  private void record(
      Tenant tenant,
      TenantPolicy policy,
      PolicyTemplate template,
      Planned planned,
      String failure,
      String objectId,
      String by) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("template", template.getName());
    after.put("version", policy.getCurrentVersion());
    if (failure == null) {
      policy.published(objectId, by, now());
      after.put("action", planned.action());
      after.put("intuneObject", objectId);
    } else {
      policy.publishFailed(failure, by, now());
      after.put("reason", failure);
    }
    audit.record(
        new Actor(by, currentStaff.clientAddress()),
        new AuditEntry(
            failure == null ? "POLICY_PUBLISHED" : "POLICY_PUBLISH_FAILED",
            tenant.getId(),
            "TenantPolicy",
            String.valueOf(policy.getId()),
            Map.of(),
            after));
  }

  private record Planned(
      TenantPolicy policy,
      IntuneObjectSpec spec,
      PolicyObjects.Step step,
      String action,
      String detail,
      boolean blocked) {}

  private Planned plan(PolicyTemplate template, Tenant tenant) {
    Optional<TenantPolicy> policy = scope.policyOf(tenant.getId(), template);
    if (policy.isEmpty()) {
      return new Planned(
          null,
          null,
          null,
          "Blocked",
          "The tenant has no policy from this template; give it the template first.",
          true);
    }
    IntuneObjectSpec spec =
        PolicyObjects.compliance(
            template.getPlatform(),
            policy.get().effective(template),
            template.getName() + " (" + template.getPlatform().getLabel() + ")");
    try {
      List<IntuneObject> held =
          gateway.intuneObjects(tenant.getDirectoryId(), IntuneObjectKind.COMPLIANCE_POLICY);
      PolicyObjects.Step step =
          PolicyObjects.step(spec, PolicyObjects.ours(held, template.getPlatform()));
      return new Planned(
          policy.get(), spec, step, step.action().getLabel(), step.describe(), false);
    } catch (GraphFailure e) {
      return new Planned(policy.get(), spec, null, "Blocked", e.getMessage(), true);
    }
  }

  private PolicyTemplate template(long id) {
    return Optional.ofNullable(em.find(PolicyTemplate.class, id))
        .orElseThrow(() -> new PolicyNotFound("Template", id));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
