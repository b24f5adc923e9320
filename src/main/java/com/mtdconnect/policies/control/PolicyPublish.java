package com.mtdconnect.policies.control;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.policies.entity.PolicyDriftFinding;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.TenantPolicy;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Publishing one tenant's policy: the plan against what its Intune holds now (create, update the
 * changed fields, unchanged, or blocked with the reason) for the compliance policy and for the app
 * configuration keys (written into the app configuration provisioning created for our app), and
 * applying it, which records on the policy what Intune now holds (and clears its drift findings) or
 * why the publish failed. Called inside the boundaries' transactions, after their checks; they
 * audit.
 */
@ApplicationScoped
public class PolicyPublish {

  @PersistenceContext EntityManager em;
  @Inject GraphGateway gateway;
  @Inject PolicyScope scope;

  /**
   * What publishing would do in one tenant; {@code policy} is null when the tenant has none, {@code
   * config} empty when the policy defines no app configuration key.
   */
  public record Planned(
      TenantPolicy policy,
      PolicyValues values,
      IntuneObjectSpec spec,
      PolicyObjects.Step step,
      Optional<PolicyObjects.ConfigStep> config,
      String action,
      String detail,
      boolean blocked) {

    /** Whether Intune already holds every value (nothing to write). */
    public boolean unchanged() {
      return !blocked
          && step.action() == PlanAction.UNCHANGED
          && config.map(c -> c.action() == PlanAction.UNCHANGED).orElse(true);
    }
  }

  /** How applying went: failure is null on success. */
  public record Applied(Planned planned, String failure, String objectId) {
    public boolean succeeded() {
      return failure == null;
    }
  }

  public Planned plan(PolicyTemplate template, Tenant tenant) {
    Optional<TenantPolicy> policy = scope.policyOf(tenant.getId(), template);
    if (policy.isEmpty()) {
      return new Planned(
          null,
          null,
          null,
          null,
          Optional.empty(),
          "Blocked",
          "The tenant has no policy from this template; give it the template first.",
          true);
    }
    PolicyValues values = policy.get().effective(template);
    IntuneObjectSpec spec =
        PolicyObjects.compliance(
            template.getPlatform(),
            values,
            template.getName() + " (" + template.getPlatform().getLabel() + ")");
    try {
      List<IntuneObject> held =
          gateway.intuneObjects(tenant.getDirectoryId(), IntuneObjectKind.COMPLIANCE_POLICY);
      PolicyObjects.Step step =
          PolicyObjects.step(
              spec,
              PolicyDrift.ours(held, template.getPlatform(), policy.get().getIntuneObjectId()));
      Optional<PolicyObjects.ConfigStep> config = Optional.empty();
      if (!values.appSettings().isEmpty()) {
        List<IntuneObject> configurations =
            gateway.intuneObjects(tenant.getDirectoryId(), IntuneObjectKind.APP_CONFIGURATION);
        config =
            PolicyObjects.configStep(
                template.getPlatform(),
                values.appSettings(),
                PolicyObjects.ourConfiguration(configurations, template.getPlatform()));
      }
      if (config.isPresent() && config.get().action() == PlanAction.BLOCKED) {
        return new Planned(
            policy.get(),
            values,
            spec,
            step,
            config,
            "Blocked",
            "Nothing is written: " + PolicyObjects.ConfigStep.BLOCKED_REASON + ".",
            true);
      }
      return new Planned(
          policy.get(),
          values,
          spec,
          step,
          config,
          action(step, config),
          step.describe() + config.map(c -> "; " + c.describe()).orElse(""),
          false);
    } catch (GraphFailure e) {
      return new Planned(
          policy.get(), values, spec, null, Optional.empty(), "Blocked", e.getMessage(), true);
    }
  }

  /** The tenant's plan in one word: create, update or unchanged. */
  private static String action(PolicyObjects.Step step, Optional<PolicyObjects.ConfigStep> config) {
    if (step.action() == PlanAction.CREATE) {
      return PlanAction.CREATE.getLabel();
    }
    boolean configChanges = config.map(c -> c.action() == PlanAction.UPDATE).orElse(false);
    return (step.action() == PlanAction.UPDATE || configChanges
            ? PlanAction.UPDATE
            : PlanAction.UNCHANGED)
        .getLabel();
  }

  /** Applies a plan (nothing for a blocked one) and records the outcome on the tenant policy. */
  public Applied apply(Tenant tenant, Planned planned, String by, LocalDateTime now) {
    String failure = planned.blocked() ? planned.detail() : null;
    String objectId = "";
    if (failure == null) {
      try {
        objectId = write(tenant, planned);
        writeConfiguration(tenant, planned);
      } catch (GraphFailure e) {
        failure = e.getMessage();
      }
    }
    TenantPolicy policy = planned.policy();
    if (policy != null) {
      if (failure == null) {
        policy.published(objectId, planned.values(), by, now);
        em.createNamedQuery(PolicyDriftFinding.OF_POLICY, PolicyDriftFinding.class)
            .setParameter("policy", policy.getId())
            .getResultList()
            .forEach(em::remove);
      } else {
        policy.publishFailed(failure, by, now);
      }
    }
    return new Applied(planned, failure, objectId);
  }

  private void writeConfiguration(Tenant tenant, Planned planned) {
    planned
        .config()
        .filter(c -> c.action() == PlanAction.UPDATE)
        .ifPresent(
            c -> gateway.updateIntuneObject(tenant.getDirectoryId(), c.objectId(), c.spec()));
  }

  private String write(Tenant tenant, Planned planned) {
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
}
