package com.mtdconnect.demo.control;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.consent.control.ConsentRecorder;
import com.mtdconnect.consent.control.GrantReader;
import com.mtdconnect.consent.entity.GrantVerdict;
import com.mtdconnect.onboarding.control.DirectoryLookups;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.GroupRole;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.platform.control.PlatformMarkers;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Puts two sample customers in the middle of onboarding, once per database, from what the simulated
 * cloud really holds: their consent is verified against it first (consent's own check), then the
 * choices are read through the same directory lookups the wizard uses. Graphic Design Institute has
 * chosen platforms and a frequency, and its platforms step warns about another vendor's MTD
 * connector; Margie's Travel has done steps 1 to 4 and waits for the plan.
 */
@ApplicationScoped
public class DemoOnboardingSeeder {
  private static final Logger LOG = Logger.getLogger(DemoOnboardingSeeder.class.getName());
  private static final String MARKER = "demo-onboarding-v1";
  private static final String CONSENT_MARKER = "demo-onboarding-consent-v1";
  private static final List<String> CUSTOMERS =
      List.of("Graphic Design Institute", "Margie's Travel");
  private static final Actor SEEDER = Actor.system("demo-seed");

  @PersistenceContext EntityManager em;
  @Inject PlatformMarkers markers;
  @Inject ConsentRecorder consent;
  @Inject SimulatorHolder simulator;
  @Inject DirectoryLookups directory;
  @Inject Clock clock;

  /**
   * Verifies the two customers' consent at start, against what the simulated Entra ID granted
   * (consent's own drift check, in-process, so its audit records are written before anyone uses the
   * portal); once per database.
   */
  @Transactional
  public void verifyConsentOnce() {
    if (!markers.setIfAbsent(CONSENT_MARKER)) {
      return;
    }
    for (String name : CUSTOMERS) {
      tenant(name)
          .ifPresent(
              t ->
                  simulator.simulator().tenants().stream()
                      .filter(
                          sim ->
                              sim.id().equalsIgnoreCase(t.getDirectoryId())
                                  || sim.domain().equalsIgnoreCase(t.getDirectoryId()))
                      .filter(sim -> !sim.grantedRoles().isEmpty())
                      .findFirst()
                      .ifPresent(
                          sim ->
                              consent.driftCheck(
                                  t.getId(),
                                  new GrantReader.Reading(
                                      GrantVerdict.compare(
                                          sim.grantedRoles().stream()
                                              .map(GraphAppRole::id)
                                              .toList()),
                                      null),
                                  SEEDER,
                                  false)));
    }
  }

  /**
   * Seeds the onboarding records unless this database holds them already; returns whether it seeded
   * now. Demo data: written directly, not audited (the choices carry the seeder as their author).
   */
  @Transactional
  public boolean seedOnce() {
    if (!markers.setIfAbsent(MARKER)) {
      return false;
    }
    tenant(CUSTOMERS.get(0))
        .ifPresent(
            t -> {
              TenantOnboarding o = started(t);
              Set<DevicePlatform> both = Set.of(DevicePlatform.IOS, DevicePlatform.ANDROID);
              o.choosePlatforms(
                  both,
                  DeviceThreatLevel.MEDIUM,
                  directory.otherVendorConnector(t.getDirectoryId(), both),
                  SEEDER.name(),
                  now());
              o.chooseFrequency(SyncFrequency.HOURS_1, SEEDER.name(), now());
              o.sizeRead(
                  directory.countGroups(t.getDirectoryId()),
                  directory.countDevices(t.getDirectoryId()),
                  now());
            });
    tenant(CUSTOMERS.get(1))
        .ifPresent(
            t -> {
              TenantOnboarding o = started(t);
              o.choosePlatforms(
                  Set.of(DevicePlatform.IOS),
                  DeviceThreatLevel.LOW,
                  directory.otherVendorConnector(t.getDirectoryId(), Set.of(DevicePlatform.IOS)),
                  SEEDER.name(),
                  now());
              o.chooseFrequency(SyncFrequency.HOURS_4, SEEDER.name(), now());
              o.sizeRead(
                  directory.countGroups(t.getDirectoryId()),
                  directory.countDevices(t.getDirectoryId()),
                  now());
              List<GroupFound> include =
                  directory.groupsStartingWith(t.getDirectoryId(), "MTD-Enroll");
              List<GroupFound> exclude =
                  directory.groupsStartingWith(t.getDirectoryId(), "MTD-Exclude");
              include.forEach(g -> o.target(g, GroupRole.INCLUDED, SEEDER.name(), now()));
              exclude.forEach(g -> o.target(g, GroupRole.EXCLUDED, SEEDER.name(), now()));
              DirectoryLookups.Scope scope =
                  directory.countScope(
                      t.getDirectoryId(),
                      include.stream().map(GroupFound::getId).toList(),
                      exclude.stream().map(GroupFound::getId).toList());
              o.scopeCounted(scope.users(), scope.devices(), now());
            });
    return true;
  }

  private TenantOnboarding started(Tenant t) {
    TenantOnboarding o = new TenantOnboarding(t.getId(), SEEDER.name(), now());
    em.persist(o);
    LOG.info(() -> "Demo onboarding in progress for " + t.getDisplayName());
    return o;
  }

  private Optional<Tenant> tenant(String name) {
    return em.createQuery("select t from Tenant t where t.displayName = :name", Tenant.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
