package com.mtdconnect.dashboard.entity;

import com.mtdconnect.health.entity.HealthState;
import com.mtdconnect.tenancy.entity.ConsentFact;
import com.mtdconnect.tenancy.entity.OnboardingStage;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One tenant of the fleet as the dashboards show it: read-only, from the {@code fleet_row} view
 * (V18) over the registry, health, the install funnel and the polling state. Archived tenants are
 * not part of the fleet.
 */
@Entity
@Table(name = "fleet_row")
@NamedQuery(
    name = FleetRow.HEALTH_OF,
    query = "SELECT h FROM TenantHealth h WHERE h.tenantId IN :ids")
@NamedQuery(
    name = FleetRow.ROUND_TOTALS,
    query =
        "SELECT COUNT(r), SUM(r.requests), SUM(r.throttled), MAX(r.requests) FROM PollRound r"
            + " WHERE r.tenantId = :tenantId AND r.startedAt >= :since")
@NamedQuery(name = FleetRow.TENANTS_OF, query = "SELECT t FROM Tenant t WHERE t.id IN :ids")
public class FleetRow {
  /** The stored health (with its reasons) of the tenants named by {@code ids}. */
  public static final String HEALTH_OF = "FleetRow.healthOf";

  /** A tenant's rounds since a time: count, requests, throttled, the largest round's requests. */
  public static final String ROUND_TOTALS = "FleetRow.roundTotals";

  /** The registry's tenants named by {@code ids}. */
  public static final String TENANTS_OF = "FleetRow.tenantsOf";

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "scope_tags")
  private String scopeTags;

  @Enumerated(EnumType.STRING)
  private TenantLifecycle lifecycle;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_fact")
  private ConsentFact consentFact;

  @Enumerated(EnumType.STRING)
  @Column(name = "onboarding_stage")
  private OnboardingStage onboardingStage;

  @Column(name = "needs_attention")
  private boolean needsAttention;

  @Enumerated(EnumType.STRING)
  @Column(name = "health_state")
  private HealthState healthState;

  @Column(name = "health_score")
  private Integer healthScore;

  @Column(name = "open_alerts")
  private int openAlerts;

  private long devices;

  private long installed;

  @Column(name = "protected_devices")
  private long protectedDevices;

  @Column(name = "ios_devices")
  private long iosDevices;

  @Column(name = "android_devices")
  private long androidDevices;

  private Integer coverage;

  @Column(name = "last_sync")
  private LocalDateTime lastSync;

  @Column(name = "connector_unresponsive")
  private int connectorUnresponsive;

  protected FleetRow() {}

  public long getTenantId() {
    return tenantId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getScopeTags() {
    return scopeTags;
  }

  public TenantLifecycle getLifecycle() {
    return lifecycle;
  }

  public ConsentFact getConsentFact() {
    return consentFact;
  }

  public OnboardingStage getOnboardingStage() {
    return onboardingStage;
  }

  public boolean isNeedsAttention() {
    return needsAttention;
  }

  public HealthState getHealthState() {
    return healthState;
  }

  public Integer getHealthScore() {
    return healthScore;
  }

  public int getOpenAlerts() {
    return openAlerts;
  }

  public long getDevices() {
    return devices;
  }

  public long getInstalled() {
    return installed;
  }

  public long getProtectedDevices() {
    return protectedDevices;
  }

  public long getIosDevices() {
    return iosDevices;
  }

  public long getAndroidDevices() {
    return androidDevices;
  }

  /** Percent of the devices in scope with the app installed; null without devices. */
  public Integer getCoverage() {
    return coverage;
  }

  /** When a round of the tenant last succeeded (UTC); null before the first. */
  public LocalDateTime getLastSync() {
    return lastSync;
  }

  public boolean isConnectorUnresponsive() {
    return connectorUnresponsive == 1;
  }

  /** Whether consent is not (or no longer) granted in full. */
  public boolean isConsentMissing() {
    return consentFact != ConsentFact.GRANTED;
  }
}
