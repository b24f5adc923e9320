package com.mtdconnect.policies.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.entity.RunActor;
import com.mtdconnect.policies.control.PolicyScope;
import com.mtdconnect.policies.entity.PolicyNotFound;
import com.mtdconnect.policies.entity.PolicyRefused;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PublishRun;
import com.mtdconnect.policies.entity.PublishRunTenant;
import com.mtdconnect.policies.entity.PublishRunView;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

/**
 * Publishing a template's tenant policies to many tenants as one background run: start it (every
 * tenant is planned against its Intune), approve the plan (the planned tenants are published),
 * follow it, retry the tenants that failed (or resume a run the portal's stop interrupted). The
 * caller's Policies: Assign is checked on every tenant here, and again by each tenant's use case
 * while the run works for them; starting, approving and retrying are audited here, each tenant's
 * publish by its own use case.
 */
@ApplicationScoped
public class PolicyPublishRuns {
  private static final String OBJECT_TYPE = "PolicyPublishRun";

  @PersistenceContext EntityManager em;
  @Inject PolicyScope scope;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject PublishRunWorker worker;

  /** Starts a run planning the template's policies of the tenants (in the order given). */
  @Transactional
  @Requires(Permission.POLICIES_ASSIGN)
  public long start(long templateId, @NotEmpty List<Long> tenantIds) {
    SignedInStaff staff = access.requireSignedIn();
    PolicyTemplate template =
        Optional.ofNullable(em.find(PolicyTemplate.class, templateId))
            .orElseThrow(() -> new PolicyNotFound("Template", templateId));
    List<PublishRun.Target> targets = new ArrayList<>();
    for (long tenantId : new LinkedHashSet<>(tenantIds)) {
      Tenant tenant = scope.requireAssignable(tenantId);
      targets.add(new PublishRun.Target(tenantId, tenant.getDisplayName()));
    }
    PublishRun run = new PublishRun(templateId, template.getName(), targets, actor(staff), now());
    em.persist(run);
    em.flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("template", template.getName());
    after.put("tenants", targets.stream().map(PublishRun.Target::tenantId).toList());
    record(staff, "POLICY_PUBLISH_RUN_STARTED", run, after);
    worker.startAfterCommit(run.getId());
    return run.getId();
  }

  /** Approves a planned run: its planned and unchanged tenants are published; returns how many. */
  @Transactional
  @Requires(Permission.POLICIES_ASSIGN)
  public int approve(long runId) {
    SignedInStaff staff = access.requireSignedIn();
    PublishRun run = locked(runId);
    run.getTenants().forEach(t -> scope.requireAssignable(t.getTenantId()));
    int n = run.approve(actor(staff), now());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("template", run.getTemplateName());
    after.put(
        "approved",
        run.getTenants().stream()
            .filter(t -> t.getState() == PublishRunTenant.State.QUEUED)
            .map(PublishRunTenant::getTenantId)
            .toList());
    record(staff, "POLICY_PUBLISH_RUN_APPROVED", run, after);
    worker.startAfterCommit(run.getId());
    return n;
  }

  /**
   * Publishes the failed tenants of a finished run again (for a run the portal's stop interrupted:
   * what it left undone); returns how many. Refused while the run works or nothing failed.
   */
  @Transactional
  @Requires(Permission.POLICIES_ASSIGN)
  public int retry(long runId) {
    SignedInStaff staff = access.requireSignedIn();
    PublishRun run = locked(runId);
    LocalDateTime now = now();
    if (run.isActive(now)) {
      throw new PolicyRefused(
          "The run is still working; retry its failed tenants once it has finished.");
    }
    List<PublishRunTenant> again = run.toRunAgain(now);
    if (again.isEmpty()) {
      throw new PolicyRefused("Nothing to retry: no tenant of this run failed.");
    }
    again.forEach(t -> scope.requireAssignable(t.getTenantId()));
    boolean interrupted = run.isStale(now);
    int n = run.runAgain(actor(staff), now);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("template", run.getTemplateName());
    after.put(
        interrupted ? "resumed" : "retried",
        again.stream().map(PublishRunTenant::getTenantId).toList());
    record(
        staff,
        interrupted ? "POLICY_PUBLISH_RUN_RESUMED" : "POLICY_PUBLISH_RUN_RETRIED",
        run,
        after);
    worker.startAfterCommit(run.getId());
    return n;
  }

  /** The template's latest run, as the caller may see it. */
  @Transactional
  @Requires(Permission.POLICIES_READ)
  public Optional<PublishRunView> latest(long templateId) {
    return em.createNamedQuery(PublishRun.LATEST_OF_TEMPLATE, PublishRun.class)
        .setParameter("template", templateId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(this::view);
  }

  /** One run, as the caller may see it (tenants outside their scope only counted). */
  @Transactional
  @Requires(Permission.POLICIES_READ)
  public Optional<PublishRunView> find(long runId) {
    return Optional.ofNullable(em.find(PublishRun.class, runId)).map(this::view);
  }

  private PublishRunView view(PublishRun run) {
    em.refresh(run);
    LocalDateTime now = now();
    List<PublishRunView.Row> rows = new ArrayList<>();
    int hidden = 0;
    for (PublishRunTenant t : run.getTenants()) {
      Tenant tenant = em.find(Tenant.class, t.getTenantId());
      if (tenant == null || !access.mayOn(Permission.POLICIES_READ, tenant.getScopeTagList())) {
        hidden++;
        continue;
      }
      rows.add(
          new PublishRunView.Row(
              t.getTenantId(),
              tenant.getDisplayName(),
              t.getState(),
              t.getPlanAction(),
              t.getDetail(),
              t.getAttempts(),
              t.getDurationMs()));
    }
    return new PublishRunView(
        run.getId(),
        run.getTemplateName(),
        run.getStartedBy(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getPhase(),
        run.isActive(now),
        run.isStale(now),
        hidden,
        rows);
  }

  private PublishRun locked(long runId) {
    return Optional.ofNullable(em.find(PublishRun.class, runId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new PolicyRefused("This publish run no longer exists."));
  }

  private RunActor actor(SignedInStaff staff) {
    return new RunActor(
        staff.username(), staff.displayName(), staff.entraGroups(), currentStaff.clientAddress());
  }

  private void record(
      SignedInStaff staff, String action, PublishRun run, Map<String, Object> after) {
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        new AuditEntry(action, null, OBJECT_TYPE, String.valueOf(run.getId()), Map.of(), after));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
