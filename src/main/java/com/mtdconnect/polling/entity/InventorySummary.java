package com.mtdconnect.polling.entity;

import com.mtdconnect.provisioning.entity.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One platform's install funnel for a tenant (table {@code inventory_summary}): targeted users →
 * devices in scope → app installed (pending, failed) → reporting to the MTD connector, with the
 * connector's state and heartbeat. Rewritten after every round under the round's fence.
 */
@Entity
@Table(name = "inventory_summary")
@IdClass(InventorySummary.Key.class)
@NamedQuery(
    name = InventorySummary.OF_TENANT,
    query = "SELECT s FROM InventorySummary s WHERE s.tenantId = :tenantId ORDER BY s.platform")
public class InventorySummary {

  public static final String OF_TENANT = "InventorySummary.ofTenant";

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "platform")
  private Platform platform;

  @Column(name = "targeted_users", nullable = false)
  private int targetedUsers;

  @Column(name = "devices_in_scope", nullable = false)
  private int devicesInScope;

  @Column(name = "app_installed", nullable = false)
  private int appInstalled;

  @Column(name = "app_pending", nullable = false)
  private int appPending;

  @Column(name = "app_failed", nullable = false)
  private int appFailed;

  @Column(name = "connector_reporting", nullable = false)
  private int connectorReporting;

  @Column(name = "connector_state")
  private String connectorState;

  @Column(name = "connector_heartbeat")
  private LocalDateTime connectorHeartbeat;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected InventorySummary() {}

  public InventorySummary(long tenantId, Platform platform) {
    this.tenantId = tenantId;
    this.platform = platform;
  }

  /** The funnel's numbers as counted now. */
  public void counted(
      int users,
      int devices,
      int installed,
      int pending,
      int failed,
      int reporting,
      String state,
      LocalDateTime heartbeat,
      LocalDateTime now) {
    this.targetedUsers = users;
    this.devicesInScope = devices;
    this.appInstalled = installed;
    this.appPending = pending;
    this.appFailed = failed;
    this.connectorReporting = reporting;
    this.connectorState = state;
    this.connectorHeartbeat = heartbeat;
    this.updatedAt = now;
  }

  public Platform getPlatform() {
    return platform;
  }

  public int getTargetedUsers() {
    return targetedUsers;
  }

  public int getDevicesInScope() {
    return devicesInScope;
  }

  public int getAppInstalled() {
    return appInstalled;
  }

  public int getAppPending() {
    return appPending;
  }

  public int getAppFailed() {
    return appFailed;
  }

  public int getConnectorReporting() {
    return connectorReporting;
  }

  public String getConnectorState() {
    return connectorState;
  }

  public LocalDateTime getConnectorHeartbeat() {
    return connectorHeartbeat;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long tenantId;
    private Platform platform;

    public Key() {}

    public Key(long tenantId, Platform platform) {
      this.tenantId = tenantId;
      this.platform = platform;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId == tenantId && k.platform == platform;
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, platform);
    }
  }
}
