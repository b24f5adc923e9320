package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.onboarding.control.DirectoryLookups;
import com.mtdconnect.onboarding.entity.ConsentFacts;
import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.OnboardingCancelled;
import com.mtdconnect.onboarding.entity.OnboardingOverview;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.ProfileNotApplicable;
import com.mtdconnect.onboarding.entity.ProfileNotFound;
import com.mtdconnect.onboarding.entity.StepView;
import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.onboarding.entity.WizardStep;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills one tenant's onboarding choices from a profile: "Fill from profile" in the wizard, and each
 * tenant of a profile run. The profile's group naming rules are resolved through the tenant's
 * directory; the choices are then saved like the wizard's steps (audited there).
 */
@ApplicationScoped
@Transactional
public class ProfileApplication {

  @PersistenceContext EntityManager em;
  @Inject TenantOnboardings onboardings;
  @Inject DirectoryLookups directory;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;

  /**
   * Fills the tenant's platforms, frequency, threat level and groups from a profile. Refused
   * ({@link ProfileNotApplicable}, nothing of the tenant's choices changed, the refusal audited)
   * without consent, when the include rules match no group, or when Microsoft cannot be reached.
   */
  @Requires(Permission.ONBOARDING_RUN)
  @Transactional(dontRollbackOn = ProfileNotApplicable.class)
  public OnboardingOverview apply(@TenantId long tenantId, long profileId) {
    OnboardingProfile profile =
        Optional.ofNullable(em.find(OnboardingProfile.class, profileId))
            .orElseThrow(() -> new ProfileNotFound(profileId));
    TenantOnboarding existing = em.find(TenantOnboarding.class, tenantId);
    if (existing != null && existing.isCancelled()) {
      throw new OnboardingCancelled(existing.getCancelledBy());
    }
    List<GroupFound> included = new ArrayList<>();
    List<GroupFound> excluded = new ArrayList<>();
    try {
      resolve(tenantId, profile, included, excluded);
    } catch (ProfileNotApplicable refused) {
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("profile", profile.getName());
      after.put("reason", refused.getMessage());
      audit.record(
          new Actor(access.requireSignedIn().username(), currentStaff.clientAddress()),
          new AuditEntry(
              "ONBOARDING_PROFILE_REFUSED",
              tenantId,
              "Onboarding",
              String.valueOf(tenantId),
              Map.of(),
              after));
      throw refused;
    }
    return onboardings.fill(tenantId, profile, included, excluded);
  }

  /** The groups a profile's naming rules match in the tenant; refused without consent or match. */
  private void resolve(
      long tenantId,
      OnboardingProfile profile,
      List<GroupFound> included,
      List<GroupFound> excluded) {
    OnboardingOverview before = onboardings.overview(tenantId);
    ConsentFacts facts = before.consent();
    if (!facts.granted()) {
      throw new ProfileNotApplicable(
          "Consent missing: the tenant's consent is \""
              + facts.status().getLabel()
              + "\", so its groups cannot be read.");
    }
    StepView groupsStep = before.step(WizardStep.GROUP_TARGETING);
    if (!groupsStep.getMissingPermissions().isEmpty()) {
      throw new ProfileNotApplicable(
          "Consent lacks what group targeting needs: " + groupsStep.getMissingPermissionsText());
    }
    String directoryId = em.find(Tenant.class, tenantId).getDirectoryId();
    try {
      for (String prefix : profile.getIncludePrefixes()) {
        directory.groupsStartingWith(directoryId, prefix).stream()
            .filter(g -> included.stream().noneMatch(i -> i.getId().equals(g.getId())))
            .forEach(included::add);
      }
      if (included.isEmpty()) {
        throw new ProfileNotApplicable(
            "No group matches: no group's name starts with "
                + String.join(
                    " or ",
                    profile.getIncludePrefixes().stream().map(p -> "\"" + p + "\"").toList())
                + ".");
      }
      for (String prefix : profile.getExcludePrefixes()) {
        excluded.addAll(directory.groupsStartingWith(directoryId, prefix));
      }
    } catch (GraphFailure failure) {
      throw new ProfileNotApplicable("Microsoft Graph: " + failure.getMessage());
    }
  }
}
