package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.consent.boundary.ConsentLinks;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.onboarding.control.DirectoryLookups;
import com.mtdconnect.onboarding.control.ProvisioningHandOff;
import com.mtdconnect.onboarding.entity.ConsentFacts;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.GroupRole;
import com.mtdconnect.onboarding.entity.OnboardingCancelled;
import com.mtdconnect.onboarding.entity.OnboardingIntent;
import com.mtdconnect.onboarding.entity.OnboardingOverview;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.StepView;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.onboarding.entity.WizardStep;
import com.mtdconnect.provisioning.boundary.TenantProvisioning;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.control.TenantLifecycleChanges;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The use cases of a tenant's onboarding wizard: see where it stands, save each step's choices
 * (platforms and threat level, sync frequency, targeted groups), count what the choices reach, fill
 * them from a profile, cancel and resume. Every change is one transaction, audited in it; every
 * method returns the tenant's overview as it now stands, so the page shows stored facts after each
 * action. Graph failures never roll a choice back: they become the step's reason.
 */
@ApplicationScoped
@Transactional
public class TenantOnboardings {
  private static final Logger LOG = Logger.getLogger(TenantOnboardings.class.getName());
  private static final String OBJECT_TYPE = "Onboarding";

  @PersistenceContext EntityManager em;
  @Inject ConsentLinks consent;
  @Inject DirectoryLookups directory;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject TenantProvisioning provisioning;
  @Inject TenantLifecycleChanges lifecycle;

  @Requires(Permission.ONBOARDING_READ)
  public OnboardingOverview overview(@TenantId long tenantId) {
    return overviewOf(tenantId);
  }

  /**
   * What the operator chose, in the shape provisioning takes ({@code ProvisioningIntent}); empty
   * until steps 1–4 are done.
   */
  @Requires(Permission.ONBOARDING_READ)
  public Optional<OnboardingIntent> intent(@TenantId long tenantId) {
    OnboardingOverview overview = overviewOf(tenantId);
    return choicesDone(overview)
        ? Optional.of(OnboardingIntent.of(overview.getOnboarding()))
        : Optional.empty();
  }

  /** Starts onboarding, or resumes a cancelled one with every earlier choice. */
  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview start(@TenantId long tenantId) {
    String by = access.requireSignedIn().username();
    TenantOnboarding onboarding = em.find(TenantOnboarding.class, tenantId);
    if (onboarding == null) {
      onboarding = new TenantOnboarding(tenantId, by, now());
      em.persist(onboarding);
      record("ONBOARDING_STARTED", onboarding, Map.of(), inProgress(tenantId, by));
    } else if (onboarding.isCancelled()) {
      Map<String, Object> before = onboarding.auditSnapshot();
      onboarding.resume(by, now());
      record("ONBOARDING_RESUMED", onboarding, before, inProgress(tenantId, by));
    }
    return overviewOf(tenantId);
  }

  /**
   * Saves the platforms and threat level. Another vendor's MTD connector enabled for a chosen
   * platform, or a failure to read the connectors, is saved as the step's reason.
   */
  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview savePlatforms(
      @TenantId long tenantId,
      @NotNull Set<DevicePlatform> platforms,
      @NotNull DeviceThreatLevel threatLevel) {
    return change(
        tenantId,
        "ONBOARDING_PLATFORMS_SAVED",
        (o, by) ->
            o.choosePlatforms(
                platforms, threatLevel, connectorWarning(tenantId, platforms), by, now()));
  }

  /** Saves the sync frequency; reads the tenant's size once if it is not known yet. */
  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview saveFrequency(
      @TenantId long tenantId, @NotNull SyncFrequency frequency) {
    return change(
        tenantId,
        "ONBOARDING_FREQUENCY_SAVED",
        (o, by) -> {
          o.chooseFrequency(frequency, by, now());
          if (!o.isSizeKnown()) {
            readSize(tenantId, o);
          }
        });
  }

  /** Reads how many groups and devices the tenant has (what polling will walk). */
  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview readTenantSize(@TenantId long tenantId) {
    return change(tenantId, "ONBOARDING_SIZE_READ", (o, by) -> readSize(tenantId, o));
  }

  /** Includes or excludes a group the search found (moving it from the other list). */
  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview targetGroup(
      @TenantId long tenantId, @NotNull GroupFound group, @NotNull GroupRole role) {
    return change(
        tenantId,
        role == GroupRole.INCLUDED ? "ONBOARDING_GROUP_INCLUDED" : "ONBOARDING_GROUP_EXCLUDED",
        (o, by) -> o.target(group, role, by, now()));
  }

  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview untargetGroup(@TenantId long tenantId, @NotBlank String groupId) {
    return change(tenantId, "ONBOARDING_GROUP_REMOVED", (o, by) -> o.untarget(groupId, by, now()));
  }

  /**
   * Counts the users in scope (included minus excluded, nested groups included) and the devices
   * they own, through Graph; a failure is stored as the reason the count is missing.
   */
  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview countScope(@TenantId long tenantId) {
    return change(
        tenantId,
        "ONBOARDING_SCOPE_COUNTED",
        (o, by) -> {
          try {
            DirectoryLookups.Scope scope =
                directory.countScope(
                    directoryId(tenantId),
                    o.getIncluded().stream().map(g -> g.getGroupId()).toList(),
                    o.getExcluded().stream().map(g -> g.getGroupId()).toList());
            o.scopeCounted(scope.users(), scope.devices(), now());
          } catch (GraphFailure failure) {
            o.scopeNotCounted(failure.getMessage(), now());
          }
        });
  }

  /**
   * Stops the wizard. Every choice stays and nothing already applied to Intune is undone; resume
   * with {@link #start}.
   */
  @Requires(Permission.ONBOARDING_RUN)
  public OnboardingOverview cancel(@TenantId long tenantId) {
    String by = access.requireSignedIn().username();
    TenantOnboarding o = em.find(TenantOnboarding.class, tenantId);
    if (o != null && !o.isCancelled()) {
      Map<String, Object> before = o.auditSnapshot();
      o.cancel(by, now());
      record("ONBOARDING_CANCELLED", o, before);
    }
    return overviewOf(tenantId);
  }

  /**
   * Fills the tenant's choices from a profile whose group rules {@link ProfileApplication} resolved
   * (it checked the caller's permission on the tenant); joins that transaction and audits there.
   */
  OnboardingOverview fill(
      long tenantId,
      OnboardingProfile profile,
      List<GroupFound> included,
      List<GroupFound> excluded) {
    return change(
        tenantId,
        "ONBOARDING_PROFILE_APPLIED",
        (o, by) -> {
          o.choosePlatforms(
              profile.getPlatformSet(),
              profile.getThreatLevel(),
              connectorWarning(tenantId, profile.getPlatformSet()),
              by,
              now());
          o.chooseFrequency(profile.getSyncFrequency(), by, now());
          o.retarget(included, excluded, by, now());
          o.filledFromProfile(profile.getName());
        });
  }

  // ---- the recipe

  @FunctionalInterface
  private interface OnboardingChange {
    void apply(TenantOnboarding onboarding, String by);
  }

  /** Load (or start), refuse when cancelled, change, audit in the same transaction. */
  private OnboardingOverview change(long tenantId, String action, OnboardingChange change) {
    String by = access.requireSignedIn().username();
    TenantOnboarding o = em.find(TenantOnboarding.class, tenantId);
    Map<String, Object> before;
    if (o == null) {
      o = new TenantOnboarding(tenantId, by, now());
      em.persist(o);
      before = Map.of();
    } else if (o.isCancelled()) {
      throw new OnboardingCancelled(o.getCancelledBy());
    } else {
      before = o.auditSnapshot();
    }
    change.apply(o, by);
    em.flush();
    record(action, o, before);
    LOG.info(() -> by + " " + action + " for tenant " + tenantId);
    return overviewOf(tenantId);
  }

  private void readSize(long tenantId, TenantOnboarding o) {
    String directoryId = directoryId(tenantId);
    try {
      o.sizeRead(directory.countGroups(directoryId), directory.countDevices(directoryId), now());
    } catch (GraphFailure failure) {
      o.sizeUnknown(
          "The tenant's size could not be read, so the cost is unknown: " + failure.getMessage(),
          now());
    }
  }

  private Optional<String> connectorWarning(long tenantId, Set<DevicePlatform> platforms) {
    try {
      return directory.otherVendorConnector(directoryId(tenantId), platforms);
    } catch (GraphFailure failure) {
      return Optional.of(
          "The tenant's MTD connectors could not be read, so a clash with another vendor is not"
              + " ruled out: "
              + failure.getMessage()
              + " Save again to check again.");
    }
  }

  private OnboardingOverview overviewOf(long tenantId) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    ConsentFacts facts = ConsentFacts.of(consent.overview(tenantId).getStatus());
    Optional<TenantOnboarding> onboarding =
        Optional.ofNullable(em.find(TenantOnboarding.class, tenantId));
    OnboardingOverview choices =
        new OnboardingOverview(tenantId, tenant.getDisplayName(), onboarding, facts);
    Optional<OnboardingIntent> chosen =
        choicesDone(choices)
            ? Optional.of(OnboardingIntent.of(onboarding.get()))
            : Optional.empty();
    return new OnboardingOverview(
        tenantId,
        tenant.getDisplayName(),
        onboarding,
        facts,
        ProvisioningHandOff.factsOf(
            chosen, provisioning.intent(tenantId), provisioning.progress(tenantId)));
  }

  private static boolean choicesDone(OnboardingOverview overview) {
    return overview.getSteps().stream()
            .filter(s -> s.getStep().ordinal() < WizardStep.PLAN.ordinal())
            .allMatch(StepView::isDone)
        && !overview.isCancelled();
  }

  private String directoryId(long tenantId) {
    return em.find(Tenant.class, tenantId).getDirectoryId();
  }

  /**
   * Tells the tenant's lifecycle that onboarding is under way, unless provisioning already took it
   * further (a provisioned tenant whose wizard is reopened stays provisioned).
   */
  private Optional<String> inProgress(long tenantId, String by) {
    OnboardingStage stage = em.find(Tenant.class, tenantId).getOnboardingStage();
    return stage == OnboardingStage.NOT_STARTED || stage == OnboardingStage.OFFBOARDED
        ? lifecycle.onboardingReached(tenantId, OnboardingStage.IN_PROGRESS, by)
        : Optional.empty();
  }

  private void record(String action, TenantOnboarding o, Map<String, Object> before) {
    record(action, o, before, Optional.empty());
  }

  private void record(
      String action, TenantOnboarding o, Map<String, Object> before, Optional<String> moved) {
    String actor = access.requireSignedIn().username();
    Map<String, Object> after = new LinkedHashMap<>(o.auditSnapshot());
    moved.ifPresent(m -> after.put("lifecycle", m));
    audit.record(
        new Actor(actor, currentStaff.clientAddress()),
        new AuditEntry(
            action, o.getTenantId(), OBJECT_TYPE, String.valueOf(o.getTenantId()), before, after));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
