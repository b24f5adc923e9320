package com.mtdconnect.dashboard.entity;

import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.tenancy.entity.ConsentFact;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import java.lang.reflect.Field;
import java.time.LocalDateTime;

/** Fleet rows for unit tests, as the {@code fleet_row} view would give them (set by reflection). */
public final class FleetRows {
  private final FleetRow row;

  private FleetRows(long id, String name) {
    try {
      var constructor = FleetRow.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      row = constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    set("tenantId", id);
    set("displayName", name);
    set("lifecycle", TenantLifecycle.ACTIVE);
    set("consentFact", ConsentFact.GRANTED);
    set("healthState", HealthState.HEALTHY);
  }

  public static FleetRows tenant(long id, String name) {
    return new FleetRows(id, name);
  }

  public FleetRows tags(String tags) {
    return set("scopeTags", tags);
  }

  public FleetRows lifecycle(TenantLifecycle lifecycle) {
    return set("lifecycle", lifecycle);
  }

  public FleetRows consent(ConsentFact fact) {
    return set("consentFact", fact);
  }

  public FleetRows health(HealthState state, Integer score) {
    set("healthState", state);
    return set("healthScore", score);
  }

  public FleetRows needsAttention() {
    return set("needsAttention", true);
  }

  /** Devices per platform, installed and protected of all, coverage as the view computes it. */
  public FleetRows devices(long ios, long android, long installed, long protectedDevices) {
    set("iosDevices", ios);
    set("androidDevices", android);
    set("devices", ios + android);
    set("installed", installed);
    set("protectedDevices", protectedDevices);
    return set("coverage", ios + android == 0 ? null : (int) (100 * installed / (ios + android)));
  }

  public FleetRows lastSync(LocalDateTime at) {
    return set("lastSync", at);
  }

  public FleetRows connectorUnresponsive() {
    return set("connectorUnresponsive", 1);
  }

  public FleetRows alerts(int open) {
    return set("openAlerts", open);
  }

  public FleetRow row() {
    return row;
  }

  private FleetRows set(String field, Object value) {
    try {
      Field f = FleetRow.class.getDeclaredField(field);
      f.setAccessible(true);
      f.set(row, value);
      return this;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
