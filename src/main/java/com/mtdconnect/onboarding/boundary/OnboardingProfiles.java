package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.onboarding.entity.DuplicateProfileName;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.ProfileChangedConcurrently;
import com.mtdconnect.onboarding.entity.ProfileDraft;
import com.mtdconnect.onboarding.entity.ProfileNotFound;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MSP's onboarding profiles: list, create, change, delete (Policies permissions: see the
 * package doc), and the tenants an operator may apply one to ({@link ProfileRuns} applies it).
 */
@ApplicationScoped
@Transactional
public class OnboardingProfiles {
  private static final String OBJECT_TYPE = "OnboardingProfile";

  @PersistenceContext EntityManager em;
  @Inject TenantRegistry tenants;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Requires({Permission.ONBOARDING_READ, Permission.POLICIES_READ})
  public List<OnboardingProfile> list() {
    return em.createNamedQuery(OnboardingProfile.ALL, OnboardingProfile.class).getResultList();
  }

  @Requires({Permission.ONBOARDING_READ, Permission.POLICIES_READ})
  public OnboardingProfile find(long id) {
    return load(id);
  }

  @Requires(Permission.POLICIES_CREATE)
  public OnboardingProfile create(@NotNull @Valid ProfileDraft draft) {
    String by = access.requireSignedIn().username();
    rejectDuplicate(draft.getName(), Optional.empty());
    OnboardingProfile profile = new OnboardingProfile(draft, by, now());
    em.persist(profile);
    em.flush();
    record("ONBOARDING_PROFILE_CREATED", profile, Map.of());
    return profile;
  }

  @Requires(Permission.POLICIES_UPDATE)
  public OnboardingProfile update(long id, long version, @NotNull @Valid ProfileDraft draft) {
    String by = access.requireSignedIn().username();
    OnboardingProfile profile = load(id);
    if (profile.getVersion() != version) {
      throw new ProfileChangedConcurrently(profile.getUpdatedBy());
    }
    rejectDuplicate(draft.getName(), Optional.of(id));
    Map<String, Object> before = profile.auditSnapshot();
    profile.change(draft, by, now());
    em.flush();
    record("ONBOARDING_PROFILE_UPDATED", profile, before);
    return profile;
  }

  /** Deletes the profile; tenants it filled keep their choices (they were copied, not linked). */
  @Requires(Permission.POLICIES_DELETE)
  public void delete(long id) {
    OnboardingProfile profile = load(id);
    Map<String, Object> before = profile.auditSnapshot();
    em.remove(profile);
    record("ONBOARDING_PROFILE_DELETED", profile, before);
  }

  /** The tenants the caller may run onboarding on, for the picker (not archived, by name). */
  @Requires(Permission.ONBOARDING_RUN)
  public List<Tenant> tenantsToPick() {
    return tenants.list(TenantQuery.firstPage(200)).stream()
        .filter(t -> access.mayOn(Permission.ONBOARDING_RUN, t.getScopeTagList()))
        .toList();
  }

  private OnboardingProfile load(long id) {
    return Optional.ofNullable(em.find(OnboardingProfile.class, id))
        .orElseThrow(() -> new ProfileNotFound(id));
  }

  private void rejectDuplicate(String name, Optional<Long> self) {
    em.createNamedQuery(OnboardingProfile.BY_NAME, OnboardingProfile.class)
        .setParameter("name", name)
        .getResultStream()
        .filter(p -> self.map(id -> !id.equals(p.getId())).orElse(true))
        .findFirst()
        .ifPresent(
            p -> {
              throw new DuplicateProfileName(name);
            });
  }

  private void record(String action, OnboardingProfile profile, Map<String, Object> before) {
    String actor = access.requireSignedIn().username();
    audit.record(
        new Actor(actor, currentStaff.clientAddress()),
        new AuditEntry(
            action,
            null,
            OBJECT_TYPE,
            String.valueOf(profile.getId()),
            before,
            action.endsWith("DELETED") ? Map.of() : profile.auditSnapshot()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
