package com.mtdconnect.polling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A user in scope and how many iOS/Android devices Intune manages for them: none means the user is
 * protected by app protection only.
 */
@Entity
@Table(name = "inventory_user")
@IdClass(InventoryUser.Key.class)
@NamedQuery(
    name = InventoryUser.OF_TENANT,
    query = "SELECT u FROM InventoryUser u WHERE u.tenantId = :tenantId")
public class InventoryUser {

  public static final String OF_TENANT = "InventoryUser.ofTenant";

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(name = "user_principal_name", nullable = false)
  private String userPrincipalName = "";

  @Column(name = "managed_devices", nullable = false)
  private int managedDevices;

  protected InventoryUser() {}

  public InventoryUser(long tenantId, String userId) {
    this.tenantId = tenantId;
    this.userId = userId;
  }

  /** Returns whether anything changed. */
  public boolean devices(int count, String upn) {
    boolean changed = count != managedDevices || !userPrincipalName.equals(upn);
    this.managedDevices = count;
    this.userPrincipalName = upn;
    return changed;
  }

  public String getUserId() {
    return userId;
  }

  public String getUserPrincipalName() {
    return userPrincipalName;
  }

  public int getManagedDevices() {
    return managedDevices;
  }

  public boolean isAppProtectionOnly() {
    return managedDevices == 0;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long tenantId;
    private String userId;

    public Key() {}

    public Key(long tenantId, String userId) {
      this.tenantId = tenantId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId == tenantId && Objects.equals(k.userId, userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, userId);
    }
  }
}
