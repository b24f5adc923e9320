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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An Intune-managed iOS or Android device that is or was in scope: whether it should have the app,
 * when it left scope, the app's install state on it and what the MTD partner reports for it.
 */
@Entity
@Table(name = "inventory_device")
@IdClass(InventoryDevice.Key.class)
@NamedQuery(
    name = InventoryDevice.OF_TENANT,
    query = "SELECT d FROM InventoryDevice d WHERE d.tenantId = :tenantId")
@NamedQuery(
    name = InventoryDevice.FUNNEL,
    query =
        "SELECT d.platform, d.installState, d.threatState, COUNT(d) FROM InventoryDevice d"
            + " WHERE d.tenantId = :tenantId AND d.inScope = TRUE"
            + " GROUP BY d.platform, d.installState, d.threatState")
@NamedQuery(
    name = InventoryDevice.SEARCH,
    query =
        "SELECT d FROM InventoryDevice d WHERE d.tenantId = :tenantId AND d.platform = :platform"
            + " AND d.inScope = :inScope"
            + " AND (:state IS NULL OR d.installState = :state)"
            + " AND (LOWER(d.deviceName) LIKE :text OR LOWER(d.userPrincipalName) LIKE :text)"
            + " ORDER BY d.userPrincipalName, d.deviceName, d.managedDeviceId")
@NamedQuery(
    name = InventoryDevice.SEARCH_COUNT,
    query =
        "SELECT COUNT(d) FROM InventoryDevice d WHERE d.tenantId = :tenantId"
            + " AND d.platform = :platform AND d.inScope = :inScope"
            + " AND (:state IS NULL OR d.installState = :state)"
            + " AND (LOWER(d.deviceName) LIKE :text OR LOWER(d.userPrincipalName) LIKE :text)")
public class InventoryDevice {

  public static final String OF_TENANT = "InventoryDevice.ofTenant";
  public static final String FUNNEL = "InventoryDevice.funnel";
  public static final String SEARCH = "InventoryDevice.search";
  public static final String SEARCH_COUNT = "InventoryDevice.searchCount";

  /** Partner-reported states that show the MTD app reports for the device. */
  private static final Set<String> REPORTING =
      Set.of(
          "activated",
          "secured",
          "lowseverity",
          "mediumseverity",
          "highseverity",
          "compromised",
          "misconfigured");

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  @Column(name = "managed_device_id")
  private String managedDeviceId;

  @Column(name = "user_id", nullable = false)
  private String userId = "";

  @Column(name = "user_principal_name", nullable = false)
  private String userPrincipalName = "";

  @Column(name = "device_name", nullable = false)
  private String deviceName = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Platform platform;

  @Column(name = "in_scope", nullable = false)
  private boolean inScope;

  @Column(name = "left_scope_at")
  private LocalDateTime leftScopeAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "install_state", nullable = false)
  private InstallState installState = InstallState.UNKNOWN;

  @Column(name = "threat_state", nullable = false)
  private String threatState = "unknown";

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected InventoryDevice() {}

  public InventoryDevice(long tenantId, String managedDeviceId, Platform platform) {
    this.tenantId = tenantId;
    this.managedDeviceId = managedDeviceId;
    this.platform = platform;
  }

  /** Whether a partner-reported threat state means the MTD app reports for the device. */
  public static boolean reporting(String threatState) {
    return threatState != null && REPORTING.contains(threatState.toLowerCase(Locale.ROOT));
  }

  /** The device as Intune lists it now, in scope; returns whether anything changed. */
  public boolean seenInScope(
      String user, String upn, String name, String threat, LocalDateTime now) {
    boolean changed =
        !inScope
            || !userId.equals(user)
            || !userPrincipalName.equals(upn)
            || !deviceName.equals(name)
            || !threatState.equals(threat);
    this.userId = user;
    this.userPrincipalName = upn;
    this.deviceName = name;
    this.threatState = threat;
    this.inScope = true;
    this.leftScopeAt = null;
    if (changed || updatedAt == null) {
      this.updatedAt = now;
    }
    return changed;
  }

  /** Its user left scope or Intune no longer manages it; returns whether that is news. */
  public boolean leftScope(LocalDateTime now) {
    if (!inScope) {
      return false;
    }
    this.inScope = false;
    this.leftScopeAt = now;
    this.updatedAt = now;
    return true;
  }

  /** Returns whether the state changed. */
  public boolean installState(InstallState state, LocalDateTime now) {
    if (state == installState) {
      return false;
    }
    this.installState = state;
    this.updatedAt = now;
    return true;
  }

  public String getManagedDeviceId() {
    return managedDeviceId;
  }

  public String getUserId() {
    return userId;
  }

  public String getUserPrincipalName() {
    return userPrincipalName;
  }

  public String getDeviceName() {
    return deviceName;
  }

  public Platform getPlatform() {
    return platform;
  }

  public boolean isInScope() {
    return inScope;
  }

  public LocalDateTime getLeftScopeAt() {
    return leftScopeAt;
  }

  public InstallState getInstallState() {
    return installState;
  }

  public String getThreatState() {
    return threatState;
  }

  public boolean isReporting() {
    return reporting(threatState);
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long tenantId;
    private String managedDeviceId;

    public Key() {}

    public Key(long tenantId, String managedDeviceId) {
      this.tenantId = tenantId;
      this.managedDeviceId = managedDeviceId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.tenantId == tenantId
          && Objects.equals(k.managedDeviceId, managedDeviceId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, managedDeviceId);
    }
  }
}
