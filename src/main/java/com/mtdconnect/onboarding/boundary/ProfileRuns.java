package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.ProfileNotFound;
import com.mtdconnect.onboarding.entity.ProfileRun;
import com.mtdconnect.onboarding.entity.ProfileRunRefused;
import com.mtdconnect.onboarding.entity.ProfileRunTenant;
import com.mtdconnect.onboarding.entity.ProfileRunView;
import com.mtdconnect.platform.entity.RunActor;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
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
 * A profile applied to many tenants as one background run: start it, follow it, retry the tenants
 * that failed (or resume a run the portal's stop interrupted). The caller's permission to run
 * onboarding is checked on every tenant when the run starts or is retried, and again by each
 * tenant's use cases while the run works for them; starting and retrying are audited here, each
 * tenant's changes by its own use cases.
 */
@ApplicationScoped
public class ProfileRuns {
  private static final String OBJECT_TYPE = "ProfileRun";

  @PersistenceContext EntityManager em;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject ProfileRunWorker worker;

  /** Starts a run of the profile over the tenants (in the order given); returns its id. */
  @Transactional
  @Requires(Permission.ONBOARDING_RUN)
  public long start(long profileId, @NotEmpty List<Long> tenantIds) {
    SignedInStaff staff = access.requireSignedIn();
    OnboardingProfile profile =
        Optional.ofNullable(em.find(OnboardingProfile.class, profileId))
            .orElseThrow(() -> new ProfileNotFound(profileId));
    List<ProfileRun.Target> targets = new ArrayList<>();
    for (long tenantId : new LinkedHashSet<>(tenantIds)) {
      Tenant tenant = requireRunnable(tenantId);
      targets.add(new ProfileRun.Target(tenantId, tenant.getDisplayName()));
    }
    ProfileRun run = new ProfileRun(profileId, profile.getName(), targets, actor(staff), now());
    em.persist(run);
    em.flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("profile", profile.getName());
    after.put("tenants", targets.stream().map(ProfileRun.Target::tenantId).toList());
    record(staff, "PROFILE_RUN_STARTED", run, after);
    worker.startAfterCommit(run.getId());
    return run.getId();
  }

  /**
   * Runs the failed tenants of a finished run again (and, for a run the portal's stop interrupted,
   * the ones it left undone); returns how many. Refused while the run is active or nothing failed.
   */
  @Transactional
  @Requires(Permission.ONBOARDING_RUN)
  public int retry(long runId) {
    SignedInStaff staff = access.requireSignedIn();
    ProfileRun run =
        Optional.ofNullable(em.find(ProfileRun.class, runId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new ProfileRunRefused("This run no longer exists."));
    LocalDateTime now = now();
    if (run.isActive(now)) {
      throw new ProfileRunRefused(
          "The run is still working; retry its failed tenants once it has finished.");
    }
    List<ProfileRunTenant> again = run.toRunAgain(now);
    if (again.isEmpty()) {
      throw new ProfileRunRefused("Nothing to retry: every tenant of this run is done.");
    }
    again.forEach(t -> requireRunnable(t.getTenantId()));
    boolean interrupted = run.isStale(now);
    int n = run.runAgain(actor(staff), now);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("profile", run.getProfileName());
    after.put(
        interrupted ? "resumed" : "retried", again.stream().map(t -> t.getTenantId()).toList());
    record(staff, interrupted ? "PROFILE_RUN_RESUMED" : "PROFILE_RUN_RETRIED", run, after);
    worker.startAfterCommit(run.getId());
    return n;
  }

  /** The latest run, as the caller may see it (tenants outside their scope only counted). */
  @Transactional
  @Requires(Permission.ONBOARDING_READ)
  public Optional<ProfileRunView> latest() {
    return em.createNamedQuery(ProfileRun.LATEST, ProfileRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(this::view);
  }

  /** One run, as the caller may see it. */
  @Transactional
  @Requires(Permission.ONBOARDING_READ)
  public Optional<ProfileRunView> find(long runId) {
    return Optional.ofNullable(em.find(ProfileRun.class, runId)).map(this::view);
  }

  private ProfileRunView view(ProfileRun run) {
    LocalDateTime now = now();
    List<ProfileRunView.Row> rows = new ArrayList<>();
    int hidden = 0;
    for (ProfileRunTenant t : run.getTenants()) {
      Tenant tenant = em.find(Tenant.class, t.getTenantId());
      if (tenant == null || !access.mayOn(Permission.ONBOARDING_READ, tenant.getScopeTagList())) {
        hidden++;
        continue;
      }
      rows.add(
          new ProfileRunView.Row(
              t.getTenantId(),
              tenant.getDisplayName(),
              t.getState(),
              t.getStage(),
              t.getReason(),
              t.getAttempts(),
              t.getDurationMs()));
    }
    return new ProfileRunView(
        run.getId(),
        run.getProfileName(),
        run.getStartedBy(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.isActive(now),
        run.isStale(now),
        count(rows, ProfileRunTenant.State.DONE),
        count(rows, ProfileRunTenant.State.FAILED),
        count(rows, ProfileRunTenant.State.WAITING),
        count(rows, ProfileRunTenant.State.RUNNING),
        hidden,
        rows);
  }

  private static long count(List<ProfileRunView.Row> rows, ProfileRunTenant.State state) {
    return rows.stream().filter(r -> r.state() == state).count();
  }

  /**
   * The tenant exists, is not archived, and the caller may run onboarding on it (one they may not
   * even read is "not found", one they may read but not onboard "not allowed").
   */
  private Tenant requireRunnable(long tenantId) {
    Tenant tenant =
        Optional.ofNullable(em.find(Tenant.class, tenantId))
            .orElseThrow(() -> new TenantNotFound(tenantId));
    if (!access.mayOn(Permission.TENANTS_READ, tenant.getScopeTagList())) {
      // as the permission guard does: a tenant the caller may not read is not found
      access.refusedOutOfScope(Permission.TENANTS_READ, tenantId);
      throw new TenantNotFound(tenantId);
    }
    access.requireOn(Permission.ONBOARDING_RUN, tenantId, tenant.getScopeTagList());
    if (tenant.isArchived()) {
      throw new ProfileRunRefused(
          tenant.getDisplayName() + " is archived: restore it before onboarding it.");
    }
    return tenant;
  }

  private RunActor actor(SignedInStaff staff) {
    return new RunActor(
        staff.username(), staff.displayName(), staff.entraGroups(), currentStaff.clientAddress());
  }

  private void record(
      SignedInStaff staff, String action, ProfileRun run, Map<String, Object> after) {
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        new AuditEntry(action, null, OBJECT_TYPE, String.valueOf(run.getId()), Map.of(), after));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
