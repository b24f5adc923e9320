package com.mtdconnect.demo.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.consent.control.ConsentFacts;
import com.mtdconnect.consent.control.ConsentRecorder;
import com.mtdconnect.consent.control.ConsentSettings;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.platform.control.PlatformMarkers;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.tenancy.control.TenantImport;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers the sample tenants once per database, each with its audit record. No sample is given a
 * state: those whose administrator approved our app before the demo (in the simulator) start their
 * consent verification, and the portal's own verification job then finds, through Microsoft's
 * endpoints, what each really granted (complete, partial, revoked, throttled, deleted tenant).
 */
@ApplicationScoped
public class DemoTenantSeeder {
  private static final String MARKER = "demo-seed-v1";
  private static final Actor SEEDER = Actor.system("demo-seed");

  @Inject PlatformMarkers markers;
  @Inject TenantImport tenants;
  @Inject SimulatorHolder simulator;
  @Inject ConsentRecorder consent;
  @Inject ConsentFacts consentFacts;
  @Inject ConsentSettings consentSettings;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Seeds unless this database was seeded before; returns whether it seeded now. */
  @Transactional
  public boolean seedOnce() {
    if (!markers.setIfAbsent(MARKER)) {
      return false;
    }
    for (DemoTenants.SampleDraft sample : DemoTenants.samples(simulator.simulator().tenants())) {
      Tenant tenant = tenants.register(sample.draft(), sample.tenantId(), SEEDER);
      if (sample.approved()) {
        approvedBeforeTheDemo(tenant.getId());
      }
    }
    return true;
  }

  private void approvedBeforeTheDemo(long tenantId) {
    TenantConsent status = consent.statusOf(tenantId);
    Map<String, Object> before = status.auditSnapshot();
    status.startVerifying(LocalDateTime.now(clock), consentSettings.verificationWindow());
    Map<String, Object> after = new LinkedHashMap<>(status.auditSnapshot());
    after.put("result", "APPROVED before the demo started");
    consentFacts.publish(tenantId, SEEDER.name()).ifPresent(move -> after.put("lifecycle", move));
    audit.record(
        SEEDER,
        new AuditEntry(
            "CONSENT_APPROVED", tenantId, "Consent", String.valueOf(tenantId), before, after));
  }
}
