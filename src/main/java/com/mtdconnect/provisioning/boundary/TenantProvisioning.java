package com.mtdconnect.provisioning.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.AfterCommit;
import com.mtdconnect.provisioning.control.PlanComputation;
import com.mtdconnect.provisioning.control.ProvisioningWorker;
import com.mtdconnect.provisioning.control.ReadResults;
import com.mtdconnect.provisioning.entity.PlanPurpose;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.provisioning.entity.ProvisioningRefused;
import com.mtdconnect.provisioning.entity.ProvisioningRun;
import com.mtdconnect.provisioning.entity.RunState;
import com.mtdconnect.provisioning.entity.StoredIntent;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The use cases of provisioning a tenant's Intune: store the intent and plan against what Intune
 * holds now, apply (or resume) in the background, follow the progress, plan and apply offboarding
 * (the one-off install status read is {@link InstallStatusCheck}). Each is guarded per tenant;
 * changes are audited in their transaction, apply steps by the run's journal. The use cases that
 * only read Intune (the current plan, the offboarding plan) hold no database transaction while
 * Graph answers; the others are one transaction each.
 */
@ApplicationScoped
public class TenantProvisioning {

  @PersistenceContext EntityManager em;
  @Inject AfterCommit afterCommit;
  @Inject ProvisioningWorker worker;
  @Inject AuditTrail audit;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;
  @Inject Clock clock;
  @Inject TenantLifecycleChanges lifecycle;
  @Inject ReadResults results;
  @Inject PlanComputation planning;

  /**
   * Stores the intent as the tenant's desired state and plans it against what the tenant's Intune
   * holds now. Graph failures reach the caller as {@link GraphFailure} (plain words).
   */
  @Transactional
  @Requires(Permission.ONBOARDING_RUN)
  public ProvisioningPlan plan(@TenantId long tenantId, @NotNull ProvisioningIntent intent) {
    SignedInStaff staff = access.requireSignedIn();
    Tenant tenant = tenant(tenantId);
    ProvisioningPlan plan = planning.provision(tenant, intent, currentAppliedGroups(tenantId));
    supersedeUnfinishedRun(tenantId);
    StoredIntent stored = em.find(StoredIntent.class, tenantId);
    Map<String, Object> before = Map.of();
    if (stored == null) {
      stored = new StoredIntent(tenantId);
      stored.change(intent, staff.username(), now());
      em.persist(stored);
    } else {
      before = stored.auditSnapshot();
      stored.change(intent, staff.username(), now());
    }
    stored.remember(plan);
    audit.record(
        actor(staff),
        new AuditEntry(
            "PROVISIONING_PLANNED",
            tenantId,
            "ProvisioningIntent",
            String.valueOf(tenantId),
            before,
            stored.auditSnapshot()));
    return plan;
  }

  /** The stored intent (the desired state), empty until someone planned. */
  @Transactional
  @Requires(Permission.ONBOARDING_READ)
  public Optional<ProvisioningIntent> intent(@TenantId long tenantId) {
    return Optional.ofNullable(em.find(StoredIntent.class, tenantId)).map(StoredIntent::intent);
  }

  /**
   * The plan of the stored intent against Intune now ("Recompute plan"); kept as the plan the page
   * shows from then on.
   */
  @Requires(Permission.ONBOARDING_READ)
  public ProvisioningPlan currentPlan(@TenantId long tenantId) {
    StoredIntent stored = requireIntent(tenantId);
    ProvisioningPlan plan =
        planning.provision(tenant(tenantId), stored.intent(), stored.appliedGroups());
    results.plan(tenantId, plan);
    return plan;
  }

  /** The plan as last computed (planning, "Recompute plan" or an apply), read from the database. */
  @Transactional
  @Requires(Permission.ONBOARDING_READ)
  public Optional<ProvisioningPlan> lastPlan(@TenantId long tenantId) {
    return Optional.ofNullable(em.find(StoredIntent.class, tenantId))
        .flatMap(StoredIntent::lastPlan);
  }

  /**
   * Starts applying the stored intent in the background (a run of a fresh plan), or resumes the
   * latest run from its first unfinished step when it stopped or its worker vanished. Returns the
   * run's id.
   */
  @Transactional
  @Requires(Permission.ONBOARDING_RUN)
  public long apply(@TenantId long tenantId) {
    return startOrResume(tenantId, true);
  }

  /**
   * Starts or resumes the run like {@link #apply}, in a transaction of its own, without handing it
   * to a worker: {@link ProvisioningInForeground} carries it out in the caller's thread.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @Requires(Permission.ONBOARDING_RUN)
  public long startForCallersThread(@TenantId long tenantId) {
    return startOrResume(tenantId, false);
  }

  private long startOrResume(long tenantId, boolean byWorker) {
    lockTenant(tenantId);
    Optional<ProvisioningRun> resumed = resumeIfPossible(tenantId, PlanPurpose.PROVISION, byWorker);
    if (resumed.isPresent()) {
      return resumed.get().getId();
    }
    StoredIntent stored = requireIntent(tenantId);
    ProvisioningPlan fresh =
        planning.provision(tenant(tenantId), stored.intent(), stored.appliedGroups());
    stored.remember(fresh);
    return start(fresh, byWorker);
  }

  /** Where the tenant's provisioning stands (the page polls this while a run is active). */
  @Transactional
  @Requires(Permission.ONBOARDING_READ)
  public ProvisioningProgress progress(@TenantId long tenantId) {
    List<ProvisioningRun> runs =
        em.createNamedQuery(ProvisioningRun.OF_TENANT, ProvisioningRun.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(20)
            .getResultList();
    if (runs.isEmpty()) {
      return ProvisioningProgress.none();
    }
    ProvisioningRun latest = runs.get(0);
    latest.getSteps().size();
    return new ProvisioningProgress(
        Optional.of(latest), latest.isStale(now()), runs.subList(1, runs.size()));
  }

  /** The offboarding plan: delete exactly the objects carrying our marker, and our connector. */
  @Requires(Permission.ONBOARDING_READ)
  public ProvisioningPlan offboardPlan(@TenantId long tenantId) {
    Tenant tenant = tenant(tenantId);
    return planning.offboard(tenant);
  }

  /** Starts (or resumes) offboarding in the background; returns the run's id. */
  @Transactional
  @Requires(Permission.ONBOARDING_RUN)
  public long offboard(@TenantId long tenantId) {
    lockTenant(tenantId);
    Optional<ProvisioningRun> resumed = resumeIfPossible(tenantId, PlanPurpose.OFFBOARD, true);
    if (resumed.isPresent()) {
      return resumed.get().getId();
    }
    return start(offboardPlan(tenantId), true);
  }

  // ---- helpers

  private Optional<ProvisioningRun> resumeIfPossible(
      long tenantId, PlanPurpose purpose, boolean byWorker) {
    List<ProvisioningRun> latest =
        em.createNamedQuery(ProvisioningRun.OF_TENANT, ProvisioningRun.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(1)
            .getResultList();
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    ProvisioningRun run = latest.get(0);
    LocalDateTime now = now();
    if (run.getState() == RunState.RUNNING && !run.isStale(now)) {
      throw new ProvisioningRefused(
          run.getPurpose().getLabel()
              + " of this tenant is already running (started by "
              + run.getStartedBy()
              + "); follow its progress below.");
    }
    if (!run.isResumable(now) || run.getPurpose() != purpose) {
      return Optional.empty();
    }
    run.resume(now);
    SignedInStaff staff = access.requireSignedIn();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("purpose", purpose.name());
    after.put("fromStep", run.finishedSteps() + 1);
    reportStarted(tenantId, purpose, staff).ifPresent(moved -> after.put("lifecycle", moved));
    audit.record(
        actor(staff),
        new AuditEntry(
            "PROVISIONING_RUN_RESUMED",
            tenantId,
            "ProvisioningRun",
            String.valueOf(run.getId()),
            Map.of(),
            after));
    em.flush();
    if (byWorker) {
      afterCommit(run.getId());
    }
    return Optional.of(run);
  }

  /**
   * A new plan replaces a stopped (or interrupted) run: resuming it would carry out the old plan's
   * steps. A run a worker holds refuses the new plan.
   */
  private void supersedeUnfinishedRun(long tenantId) {
    List<ProvisioningRun> latest =
        em.createNamedQuery(ProvisioningRun.OF_TENANT, ProvisioningRun.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(1)
            .getResultList();
    if (latest.isEmpty()) {
      return;
    }
    ProvisioningRun run = latest.get(0);
    LocalDateTime now = now();
    if (run.getState() == RunState.RUNNING && !run.isStale(now)) {
      throw new ProvisioningRefused(
          "A run is applying the current plan right now; plan again once it has finished.");
    }
    if (run.isResumable(now)) {
      run.supersede(now);
    }
  }

  private long start(ProvisioningPlan plan, boolean byWorker) {
    SignedInStaff staff = access.requireSignedIn();
    ProvisioningRun run = new ProvisioningRun(plan, staff.username(), now());
    em.persist(run);
    em.flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("steps", plan.lines().size());
    after.put("changes", plan.lines().stream().filter(l -> l.action().changes()).count());
    reportStarted(plan.tenantId(), plan.purpose(), staff)
        .ifPresent(moved -> after.put("lifecycle", moved));
    audit.record(
        actor(staff),
        new AuditEntry(
            plan.purpose() == PlanPurpose.PROVISION
                ? "PROVISIONING_RUN_STARTED"
                : "OFFBOARDING_RUN_STARTED",
            plan.tenantId(),
            "ProvisioningRun",
            String.valueOf(run.getId()),
            Map.of(),
            after));
    if (byWorker) {
      afterCommit(run.getId());
    }
    return run.getId();
  }

  /** A provisioning run moves the tenant's lifecycle; offboarding does when it is done. */
  private Optional<String> reportStarted(long tenantId, PlanPurpose purpose, SignedInStaff staff) {
    return purpose == PlanPurpose.PROVISION
        ? lifecycle.onboardingReached(tenantId, OnboardingStage.PROVISIONING, staff.username())
        : Optional.empty();
  }

  /** The worker starts once the run is committed (it reads it in its own transaction). */
  private void afterCommit(long runId) {
    afterCommit.run(() -> worker.submit(runId));
  }

  private Set<String> currentAppliedGroups(long tenantId) {
    return Optional.ofNullable(em.find(StoredIntent.class, tenantId))
        .map(StoredIntent::appliedGroups)
        .orElse(Set.of());
  }

  private StoredIntent requireIntent(long tenantId) {
    return Optional.ofNullable(em.find(StoredIntent.class, tenantId))
        .orElseThrow(
            () ->
                new ProvisioningRefused(
                    "Nothing is planned for this tenant yet: choose its platforms and groups in"
                        + " onboarding first."));
  }

  /** Two starts for one tenant at once (a double click, two nodes) queue here: one run only. */
  private void lockTenant(long tenantId) {
    if (em.find(Tenant.class, tenantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        == null) {
      throw new TenantNotFound(tenantId);
    }
  }

  private Tenant tenant(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId))
        .orElseThrow(() -> new TenantNotFound(tenantId));
  }

  private Actor actor(SignedInStaff staff) {
    return new Actor(staff.username(), currentStaff.clientAddress());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
