package com.mtdconnect.polling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A tenant's enrollment sync state: the group delta link with the targeting it was taken for, the
 * full resyncs and why, the scope's user counts and when each kind last stored its data.
 */
@Entity
@Table(name = "inventory_sync")
@NamedQuery(
    name = InventorySync.OUR_APP_STEPS,
    query =
        "SELECT s.planned.platform, s.planned.objectId, s.planned.stepKind FROM ProvisioningStep s"
            + " WHERE s.run.tenantId = :tenantId AND s.planned.objectKind = :kind"
            + " AND s.state = :done AND s.planned.stepKind IN :stepKinds"
            + " ORDER BY s.finishedAt DESC, s.id DESC")
public class InventorySync {

  /** Provisioning's finished steps on our mobile apps, newest first (which app per platform). */
  public static final String OUR_APP_STEPS = "InventorySync.ourAppSteps";

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Column(name = "delta_link")
  private String deltaLink;

  @Column(nullable = false)
  private String targeting = "";

  @Column(name = "full_syncs", nullable = false)
  private int fullSyncs;

  @Column(name = "last_full_sync_at")
  private LocalDateTime lastFullSyncAt;

  @Column(name = "last_full_sync_reason", nullable = false)
  private String lastFullSyncReason = "";

  @Column(name = "targeted_users", nullable = false)
  private int targetedUsers;

  @Column(name = "app_protection_only", nullable = false)
  private int appProtectionOnly;

  @Column(name = "enrollment_at")
  private LocalDateTime enrollmentAt;

  @Column(name = "app_status_at")
  private LocalDateTime appStatusAt;

  @Column(name = "connector_at")
  private LocalDateTime connectorAt;

  protected InventorySync() {}

  public InventorySync(long tenantId) {
    this.tenantId = tenantId;
  }

  /** The link to continue from, when it was taken for this targeting. */
  public Optional<String> deltaLinkFor(String currentTargeting) {
    return targeting.equals(currentTargeting) ? Optional.ofNullable(deltaLink) : Optional.empty();
  }

  /** Why the next round must enumerate everything, empty when it can continue. */
  public Optional<String> resyncReason(String currentTargeting) {
    if (deltaLink == null) {
      return Optional.of("first sync");
    }
    if (!targeting.equals(currentTargeting)) {
      return Optional.of("targeted groups changed");
    }
    return Optional.empty();
  }

  public void continued(String link, LocalDateTime now) {
    this.deltaLink = link;
    this.enrollmentAt = now;
  }

  public void resynced(String link, String newTargeting, String reason, LocalDateTime now) {
    this.deltaLink = link;
    this.targeting = newTargeting;
    this.fullSyncs++;
    this.lastFullSyncAt = now;
    this.lastFullSyncReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
    this.enrollmentAt = now;
  }

  public void scope(int users, int appProtectionOnlyUsers) {
    this.targetedUsers = users;
    this.appProtectionOnly = appProtectionOnlyUsers;
  }

  public void appStatusStored(LocalDateTime now) {
    this.appStatusAt = now;
  }

  public void connectorStored(LocalDateTime now) {
    this.connectorAt = now;
  }

  public long getTenantId() {
    return tenantId;
  }

  public int getFullSyncs() {
    return fullSyncs;
  }

  public LocalDateTime getLastFullSyncAt() {
    return lastFullSyncAt;
  }

  public String getLastFullSyncReason() {
    return lastFullSyncReason;
  }

  public int getTargetedUsers() {
    return targetedUsers;
  }

  public int getAppProtectionOnly() {
    return appProtectionOnly;
  }

  public LocalDateTime getEnrollmentAt() {
    return enrollmentAt;
  }

  public LocalDateTime getAppStatusAt() {
    return appStatusAt;
  }

  public LocalDateTime getConnectorAt() {
    return connectorAt;
  }

  public boolean hasDeltaLink() {
    return deltaLink != null;
  }
}
