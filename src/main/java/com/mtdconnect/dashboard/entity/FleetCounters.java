package com.mtdconnect.dashboard.entity;

import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fleet's counters within the caller's scope, as counted from one snapshot of the stored
 * results.
 */
public class FleetCounters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<TenantLifecycle, Long> byLifecycle;
  private final Map<HealthState, Long> byHealth;
  private final long consentMissing;
  private final long connectorUnresponsive;
  private final long devices;
  private final long installed;
  private final long devicesProtected;
  private final LocalDateTime newestSync;
  private final LocalDateTime countedAt;
  private final Duration countedEvery;

  public FleetCounters(
      Map<TenantLifecycle, Long> byLifecycle,
      Map<HealthState, Long> byHealth,
      long consentMissing,
      long connectorUnresponsive,
      long devices,
      long installed,
      long devicesProtected,
      LocalDateTime newestSync,
      LocalDateTime countedAt,
      Duration countedEvery) {
    this.byLifecycle = new EnumMap<>(TenantLifecycle.class);
    this.byLifecycle.putAll(byLifecycle);
    this.byHealth = new EnumMap<>(HealthState.class);
    this.byHealth.putAll(byHealth);
    this.consentMissing = consentMissing;
    this.connectorUnresponsive = connectorUnresponsive;
    this.devices = devices;
    this.installed = installed;
    this.devicesProtected = devicesProtected;
    this.newestSync = newestSync;
    this.countedAt = countedAt;
    this.countedEvery = countedEvery;
  }

  /** When the stored results were counted (UTC). */
  public LocalDateTime getCountedAt() {
    return countedAt;
  }

  /** How often the figures are counted again. */
  public Duration getCountedEvery() {
    return countedEvery;
  }

  /** The newest successful round of any tenant counted (UTC), null before the first. */
  public LocalDateTime getNewestSync() {
    return newestSync;
  }

  public long getTenants() {
    return byLifecycle.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Tenants per lifecycle state (every state, zero included), for EL. */
  public Map<TenantLifecycle, Long> getByLifecycle() {
    Map<TenantLifecycle, Long> all = new EnumMap<>(TenantLifecycle.class);
    for (TenantLifecycle l : TenantLifecycle.values()) {
      all.put(l, byLifecycle.getOrDefault(l, 0L));
    }
    return all;
  }

  /** Tenants per health state (every state, zero included). */
  public Map<HealthState, Long> getByHealth() {
    Map<HealthState, Long> all = new EnumMap<>(HealthState.class);
    for (HealthState h : HealthState.values()) {
      all.put(h, byHealth.getOrDefault(h, 0L));
    }
    return all;
  }

  public long getHealthy() {
    return byHealth.getOrDefault(HealthState.HEALTHY, 0L);
  }

  public long getDegraded() {
    return byHealth.getOrDefault(HealthState.DEGRADED, 0L);
  }

  public long getFailing() {
    return byHealth.getOrDefault(HealthState.FAILING, 0L);
  }

  public long getNotPolled() {
    return byHealth.getOrDefault(HealthState.NOT_POLLED, 0L);
  }

  public long getConsentMissing() {
    return consentMissing;
  }

  public long getConnectorUnresponsive() {
    return connectorUnresponsive;
  }

  /** Devices in scope on every tenant. */
  public long getDevices() {
    return devices;
  }

  public long getInstalled() {
    return installed;
  }

  /** Devices with the app installed and reporting to the MTD connector. */
  public long getDevicesProtected() {
    return devicesProtected;
  }
}
