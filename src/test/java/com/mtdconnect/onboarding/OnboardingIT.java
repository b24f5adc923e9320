package com.mtdconnect.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.onboarding.boundary.GroupDirectory;
import com.mtdconnect.onboarding.boundary.OnboardingProfiles;
import com.mtdconnect.onboarding.boundary.ProfileApplication;
import com.mtdconnect.onboarding.boundary.TenantOnboardings;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.GroupRole;
import com.mtdconnect.onboarding.entity.GroupSearch;
import com.mtdconnect.onboarding.entity.OnboardingCancelled;
import com.mtdconnect.onboarding.entity.OnboardingIntent;
import com.mtdconnect.onboarding.entity.OnboardingOverview;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.ProfileDraft;
import com.mtdconnect.onboarding.entity.ProfileNotApplicable;
import com.mtdconnect.onboarding.entity.StepState;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.onboarding.entity.WizardStep;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantQuery;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The onboarding use cases inside the server, against MariaDB and the simulator: saved step by
 * step, resumed, cancelled (choices kept) and resumed again; another vendor's MTD connector flagged
 * while ours is not; a profile applied to several tenants with one failing.
 */
@PortalIT
class OnboardingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(OnboardingIT.class);
  }

  private TenantOnboardings onboardings;
  private OnboardingProfiles profiles;
  private TenantRegistry registry;
  private ConsentVerification verification;
  private MicrosoftCloudSimulator simulator;
  private HttpServletRequest request;

  @BeforeEach
  void lookUpBeans() {
    onboardings = CDI.current().select(TenantOnboardings.class).get();
    profiles = CDI.current().select(OnboardingProfiles.class).get();
    registry = CDI.current().select(TenantRegistry.class).get();
    verification = CDI.current().select(ConsentVerification.class).get();
    simulator = CDI.current().select(SimulatorHolder.class).get().simulator();
    request = CDI.current().select(HttpServletRequest.class).get();
    RoleAssignments assignments = CDI.current().select(RoleAssignments.class).get();
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: onb-operator",
        BuiltInRole.ONBOARDING_OPERATOR,
        "onb-operator",
        List.of());
    assignments.assignIfAbsent(
        Actor.system("it-setup"),
        "IT: onb-admin",
        BuiltInRole.MSP_ADMINISTRATOR,
        "onb-admin",
        List.of());
    signInAs("onb-operator");
  }

  @Test
  void choicesAreSavedStepByStepSurviveCancellingAndResumeWhereTheyStopped() {
    SimulatedTenant sim = simulator.tenant(UNNAMED_TENANT);
    long tenant = registered(sim);
    consent(tenant);
    OnboardingOverview fresh = onboardings.overview(tenant);
    assertFalse(fresh.isStarted());
    assertEquals(StepState.SAVED, fresh.step(WizardStep.CONSENT).getState(), "consent granted");
    assertEquals(WizardStep.PLATFORMS, fresh.getResumeStep());

    onboardings.savePlatforms(tenant, Set.of(DevicePlatform.IOS), DeviceThreatLevel.LOW);
    // the scope's columns are all NULL: its embedded part loads as "not counted", and reading it
    // writes nothing (the version stays)
    TenantOnboarding loaded = onboardings.overview(tenant).getOnboarding();
    assertNotNull(loaded.getScope());
    assertNull(loaded.getScope().getUsers());
    assertNull(loaded.getScope().getProblem());
    assertEquals(
        loaded.getVersion(), onboardings.overview(tenant).getOnboarding().getVersion(), "version");
    OnboardingOverview afterFrequency = onboardings.saveFrequency(tenant, SyncFrequency.MINUTES_30);
    TenantDirectory dir = simulator.directory(sim);
    assertEquals(dir.groupIndices().size(), afterFrequency.getOnboarding().getSize().getGroups());
    assertNotNull(afterFrequency.costAt(SyncFrequency.MINUTES_30));
    assertEquals(48, afterFrequency.costAt(SyncFrequency.MINUTES_30).getRoundsPerDay());

    GroupSearch search =
        CDI.current()
            .select(GroupDirectory.class)
            .get()
            .searchGroups(tenant, "MTD", Optional.empty());
    GroupFound enroll = named(search, "MTD-Enroll");
    assertEquals("Security", enroll.getKind());
    assertTrue(enroll.getUserCount() > 0);
    onboardings.targetGroup(tenant, enroll, GroupRole.INCLUDED);
    onboardings.targetGroup(tenant, named(search, "MTD-Exclude"), GroupRole.EXCLUDED);
    GroupFound devices =
        named(
            CDI.current()
                .select(GroupDirectory.class)
                .get()
                .searchGroups(tenant, "Corporate iOS", Optional.empty()),
            "Corporate iOS devices");
    assertTrue(devices.isWithoutUsers());
    OnboardingOverview flagged = onboardings.targetGroup(tenant, devices, GroupRole.INCLUDED);
    assertEquals(StepState.NEEDS_ATTENTION, flagged.step(WizardStep.GROUP_TARGETING).getState());
    onboardings.untargetGroup(tenant, devices.getId());
    OnboardingOverview counted = onboardings.countScope(tenant);
    int expectedUsers =
        (int)
            dir.members(dir.groupIndexOf(enroll.getId()).orElseThrow()).stream()
                .filter(
                    u ->
                        !dir.members(
                                dir.groupIndexOf(named(search, "MTD-Exclude").getId())
                                    .orElseThrow())
                            .contains(u))
                .count();
    assertEquals(expectedUsers, counted.getOnboarding().getScope().getUsers());

    // leave and come back: a new overview holds everything, the wizard resumes at the plan
    OnboardingOverview resumed = onboardings.overview(tenant);
    assertEquals(WizardStep.PLAN, resumed.getResumeStep());
    assertEquals(Set.of(DevicePlatform.IOS), resumed.getOnboarding().getPlatforms());
    assertEquals(SyncFrequency.MINUTES_30, resumed.getOnboarding().getSyncFrequency());
    OnboardingIntent intent = onboardings.intent(tenant).orElseThrow();
    assertEquals(
        List.of("MTD-Enroll"), intent.included().stream().map(g -> g.displayName()).toList());
    assertEquals(DeviceThreatLevel.LOW, intent.threatLevel());

    // cancel keeps the choices and refuses changes until resumed
    OnboardingOverview cancelled = onboardings.cancel(tenant);
    assertTrue(cancelled.isCancelled());
    assertTrue(onboardings.intent(tenant).isEmpty());
    assertThrows(
        OnboardingCancelled.class, () -> onboardings.saveFrequency(tenant, SyncFrequency.HOURS_4));
    OnboardingOverview again = onboardings.start(tenant);
    assertFalse(again.isCancelled());
    assertEquals(SyncFrequency.MINUTES_30, again.getOnboarding().getSyncFrequency());
    assertEquals(1, again.getOnboarding().getIncluded().size());

    List<String> actions =
        registry.history(tenant, 30).stream().map(AuditEvent::getAction).toList();
    for (String action :
        List.of(
            "ONBOARDING_PLATFORMS_SAVED",
            "ONBOARDING_FREQUENCY_SAVED",
            "ONBOARDING_GROUP_INCLUDED",
            "ONBOARDING_GROUP_EXCLUDED",
            "ONBOARDING_GROUP_REMOVED",
            "ONBOARDING_SCOPE_COUNTED",
            "ONBOARDING_CANCELLED",
            "ONBOARDING_RESUMED")) {
      assertTrue(actions.contains(action), action + " in " + actions);
    }
  }

  @Test
  void anotherVendorsConnectorIsFlaggedButOursIsNot() {
    long other = consentedTenant("Humongous Insurance");
    simulator.seedConnector(simulated("Humongous Insurance"), UUID.randomUUID().toString());
    OnboardingOverview flagged =
        onboardings.savePlatforms(
            other, Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID), DeviceThreatLevel.MEDIUM);
    assertEquals(StepState.NEEDS_ATTENTION, flagged.step(WizardStep.PLATFORMS).getState());
    assertTrue(
        flagged.step(WizardStep.PLATFORMS).getReason().contains("Another vendor"),
        flagged.step(WizardStep.PLATFORMS).getReason());
    assertEquals(
        Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID),
        flagged.getOnboarding().getPlatforms(),
        "the choice is saved all the same");

    long ours = consentedTenant("Contoso Pharmaceuticals"); // carries our demo connector
    OnboardingOverview clean =
        onboardings.savePlatforms(ours, Set.of(DevicePlatform.ANDROID), DeviceThreatLevel.HIGH);
    assertEquals(StepState.SAVED, clean.step(WizardStep.PLATFORMS).getState());
  }

  @Test
  void aProfileFillsATenantsChoicesAndIsRefusedWithoutConsent() {
    signInAs("onb-admin");
    ProfileDraft draft = new ProfileDraft();
    draft.setName("IT profile " + UUID.randomUUID().toString().substring(0, 8));
    draft.setPlatforms(Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID));
    draft.setSyncFrequency(SyncFrequency.HOURS_4);
    draft.setThreatLevel(DeviceThreatLevel.SECURED);
    draft.setIncludePrefixes(List.of("MTD-Enroll"));
    draft.setExcludePrefixes(List.of("MTD-Exclude"));
    OnboardingProfile profile = profiles.create(draft);

    long first = consentedTenant("Southridge Video");
    long second = consentedTenant("Blue Yonder Airlines");
    long noConsent = tenantNamed("Proseware Legal"); // the customer never consented
    signInAs("onb-operator");
    ProfileApplication application = CDI.current().select(ProfileApplication.class).get();
    application.apply(first, profile.getId());
    ProfileNotApplicable refused =
        assertThrows(
            ProfileNotApplicable.class, () -> application.apply(noConsent, profile.getId()));
    assertTrue(refused.getMessage().startsWith("Consent missing"), refused.getMessage());
    application.apply(second, profile.getId());
    for (long tenant : List.of(first, second)) {
      OnboardingOverview o = onboardings.overview(tenant);
      assertEquals(SyncFrequency.HOURS_4, o.getOnboarding().getSyncFrequency());
      assertEquals(DeviceThreatLevel.SECURED, o.getOnboarding().getThreatLevel());
      assertEquals(
          List.of("MTD-Enroll"),
          o.getOnboarding().getIncluded().stream().map(g -> g.getDisplayName()).toList());
      assertEquals(
          List.of("MTD-Exclude"),
          o.getOnboarding().getExcluded().stream().map(g -> g.getDisplayName()).toList());
      assertEquals(profile.getName(), o.getOnboarding().getProfileName());
    }
    assertFalse(onboardings.overview(noConsent).isStarted(), "nothing stored for the failed one");
  }

  // ---- helpers

  /**
   * A simulated tenant none of the demo's sample customers stands for (so no other test uses it),
   * large enough (68 users) for the generator to give it device groups.
   */
  private static final int UNNAMED_TENANT = 20;

  private long registered(SimulatedTenant sim) {
    String user = currentUser();
    signInAs("onb-admin");
    try {
      return registry.search(TenantQuery.firstPage(5).withText(sim.id())).tenants().stream()
          .findFirst()
          .map(Tenant::getId)
          .orElseGet(
              () -> {
                TenantDraft draft = new TenantDraft();
                draft.setDisplayName("IT onboarding " + sim.displayName());
                draft.setDirectoryId(sim.id());
                draft.setContactName("Casey Customer");
                draft.setContactEmail("casey@example.com");
                draft.setScopeTags("EMEA");
                return registry.register(draft).getId();
              });
    } finally {
      signInAs(user);
    }
  }

  private void consent(long tenant) {
    String user = currentUser();
    signInAs("onb-admin");
    verification.verifyNow(tenant);
    signInAs(user);
  }

  private long consentedTenant(String name) {
    long id = tenantNamed(name);
    String user = currentUser();
    signInAs("onb-admin");
    verification.verifyNow(id);
    signInAs(user);
    return id;
  }

  private long tenantNamed(String name) {
    return registry.search(TenantQuery.firstPage(10).withText(name)).tenants().stream()
        .filter(t -> t.getDisplayName().equals(name))
        .map(Tenant::getId)
        .findFirst()
        .orElseThrow();
  }

  private SimulatedTenant simulated(String name) {
    return simulator.tenants().stream()
        .filter(t -> t.displayName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static GroupFound named(GroupSearch search, String name) {
    assertTrue(search.getProblem() == null, search.getProblem());
    return search.getGroups().stream()
        .filter(g -> g.getDisplayName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found"));
  }

  private String current = "onb-operator";

  private String currentUser() {
    return current;
  }

  private void signInAs(String username) {
    current = username;
    request
        .getSession(true)
        .setAttribute(
            SignedInStaff.SESSION_ATTRIBUTE,
            SignedInStaff.withoutGroups(username, "IT " + username, Instant.now()));
  }
}
