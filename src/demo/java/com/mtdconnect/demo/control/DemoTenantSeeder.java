package com.mtdconnect.demo.control;

import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.platform.control.PlatformMarkers;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.tenancy.control.TenantImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Registers the sample tenants once per database, each with its audit record. */
@ApplicationScoped
public class DemoTenantSeeder {
  private static final String MARKER = "demo-seed-v1";
  private static final Actor SEEDER = Actor.system("demo-seed");

  @Inject PlatformMarkers markers;
  @Inject TenantImport tenants;
  @Inject SimulatorHolder simulator;

  /** Seeds unless this database was seeded before; returns whether it seeded now. */
  @Transactional
  public boolean seedOnce() {
    if (!markers.setIfAbsent(MARKER)) {
      return false;
    }
    DemoTenants.all(simulator.simulator().tenants()).forEach(d -> tenants.register(d, SEEDER));
    return true;
  }
}
