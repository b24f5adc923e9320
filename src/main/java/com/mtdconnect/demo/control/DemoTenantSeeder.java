package com.mtdconnect.demo.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.platform.control.PlatformMarkers;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/** Registers the sample tenants once per database, each with its audit record. */
@ApplicationScoped
public class DemoTenantSeeder {
  private static final String MARKER = "demo-seed-v1";
  private static final Actor SEEDER = Actor.system("demo-seed");

  @Inject PlatformMarkers markers;
  @Inject AuditTrail audit;
  @Inject SimulatorHolder simulator;
  @Inject Clock clock;

  @PersistenceContext EntityManager em;

  /** Seeds unless this database was seeded before; returns whether it seeded now. */
  @Transactional
  public boolean seedOnce() {
    if (!markers.setIfAbsent(MARKER)) {
      return false;
    }
    DemoTenants.all(simulator.simulator().tenants()).forEach(this::register);
    return true;
  }

  private void register(TenantDraft draft) {
    Tenant tenant = new Tenant(draft, SEEDER.name(), LocalDateTime.now(clock));
    em.persist(tenant);
    em.flush();
    audit.record(
        SEEDER,
        new AuditEntry(
            "TENANT_REGISTERED",
            tenant.getId(),
            "Tenant",
            String.valueOf(tenant.getId()),
            Map.of(),
            tenant.auditSnapshot()));
  }
}
