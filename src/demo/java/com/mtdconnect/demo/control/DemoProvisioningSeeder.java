package com.mtdconnect.demo.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.platform.control.PlatformMarkers;
import com.mtdconnect.provisioning.entity.AppCatalogue;
import com.mtdconnect.provisioning.entity.CatalogueDraft;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.StoredIntent;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimGroup;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo MSP's app catalogue and, for Contoso Pharmaceuticals (consented, healthy, our
 * connector already enabled), a provisioning intent, so that its provisioning page shows a real
 * plan against the simulated Intune. Once per database, audited as the demo seed.
 */
@ApplicationScoped
public class DemoProvisioningSeeder {
  private static final String MARKER = "demo-provisioning-v1";
  private static final Actor SEEDER = Actor.system("demo-seed");

  /** Contoso Pharmaceuticals' place among the simulated tenants. */
  private static final int CONTOSO = 1;

  @PersistenceContext EntityManager em;
  @Inject PlatformMarkers markers;
  @Inject SimulatorHolder simulator;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional
  public boolean seedOnce() {
    if (!markers.setIfAbsent(MARKER)) {
      return false;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    AppCatalogue catalogue = new AppCatalogue(catalogueDraft(), SEEDER.name(), now);
    em.persist(catalogue);
    audit.record(
        SEEDER,
        new AuditEntry(
            "CATALOGUE_UPDATED", null, "AppCatalogue", "1", Map.of(), catalogue.auditSnapshot()));

    MicrosoftCloudSimulator cloud = simulator.simulator();
    SimulatedTenant simulated = cloud.tenant(CONTOSO);
    List<Tenant> registered =
        em.createQuery("select t from Tenant t where t.directoryId in (:id, :domain)", Tenant.class)
            .setParameter("id", simulated.id())
            .setParameter("domain", simulated.domain())
            .getResultList();
    if (registered.isEmpty()) {
      return true;
    }
    TenantDirectory directory = cloud.directory(simulated);
    SimGroup included = directory.group(1).orElseThrow();
    SimGroup excluded = directory.group(2).orElseThrow();
    StoredIntent intent = new StoredIntent(registered.get(0).getId());
    intent.change(
        new ProvisioningIntent(
            EnumSet.of(Platform.IOS, Platform.ANDROID),
            List.of(new TargetGroup(included.id(), included.displayName())),
            List.of(new TargetGroup(excluded.id(), excluded.displayName())),
            ThreatLevel.MEDIUM),
        SEEDER.name(),
        now);
    em.persist(intent);
    audit.record(
        SEEDER,
        new AuditEntry(
            "PROVISIONING_PLANNED",
            registered.get(0).getId(),
            "ProvisioningIntent",
            String.valueOf(registered.get(0).getId()),
            Map.of(),
            intent.auditSnapshot()));
    return true;
  }

  static CatalogueDraft catalogueDraft() {
    CatalogueDraft d = new CatalogueDraft();
    d.setIosDisplayName("Northwind Mobile Shield");
    d.setIosPublisher("Northwind Mobile Security");
    d.setIosAppIdentifier("com.northwind.mobileshield");
    d.setIosStoreUrl("https://apps.apple.com/app/northwind-mobile-shield/id1480123456");
    d.setIosSettings(
        "serverUrl=https://mtd.northwind-msp.example\nenrollmentKey=NW-DEMO-7F3K\nuserPrincipalName={{userprincipalname}}");
    d.setAndroidDisplayName("Northwind Mobile Shield");
    d.setAndroidPublisher("Northwind Mobile Security");
    d.setAndroidAppIdentifier("com.northwind.mobileshield");
    d.setAndroidStoreUrl(
        "https://play.google.com/store/apps/details?id=com.northwind.mobileshield");
    d.setAndroidSettings("serverUrl=https://mtd.northwind-msp.example\nenrollmentKey=NW-DEMO-7F3K");
    d.setDefaultThreatLevel(ThreatLevel.MEDIUM);
    d.setUnresponsiveDays(7);
    return d;
  }
}
