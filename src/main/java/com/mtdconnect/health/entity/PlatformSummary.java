package com.mtdconnect.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One platform's install funnel and connector as the polling rounds stored it ({@code
 * inventory_summary}), read by health only.
 */
@Entity
@Table(name = "inventory_summary")
@IdClass(PlatformSummary.Key.class)
@NamedQuery(
    name = PlatformSummary.OF_TENANT,
    query = "select s from PlatformSummary s where s.tenantId = :tenantId order by s.platform")
public class PlatformSummary {
  public static final String OF_TENANT = "PlatformSummary.ofTenant";

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id private String platform;

  @Column(name = "devices_in_scope")
  private int devicesInScope;

  @Column(name = "app_installed")
  private int appInstalled;

  @Column(name = "app_pending")
  private int appPending;

  @Column(name = "app_failed")
  private int appFailed;

  @Column(name = "connector_state")
  private String connectorState;

  @Column(name = "connector_heartbeat")
  private LocalDateTime connectorHeartbeat;

  protected PlatformSummary() {}

  public HealthFacts.PlatformFacts facts() {
    return new HealthFacts.PlatformFacts(
        platform,
        devicesInScope,
        appInstalled,
        appPending,
        appFailed,
        connectorState,
        connectorHeartbeat);
  }

  /** The primary key: tenant and platform. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long tenantId;
    private String platform;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && tenantId == k.tenantId && Objects.equals(platform, k.platform);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, platform);
    }
  }
}
