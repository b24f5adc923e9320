package com.mtdconnect.polling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A direct user member of a tracked group, as the group delta reported it. */
@Entity
@Table(name = "inventory_member")
@IdClass(InventoryMember.Key.class)
@NamedQuery(
    name = InventoryMember.OF_TENANT,
    query = "SELECT m.groupId, m.userId FROM InventoryMember m WHERE m.tenantId = :tenantId")
@NamedQuery(
    name = InventoryMember.DELETE_OF_TENANT,
    query = "DELETE FROM InventoryMember m WHERE m.tenantId = :tenantId")
@NamedQuery(
    name = InventoryMember.DELETE_OF_GROUP,
    query = "DELETE FROM InventoryMember m WHERE m.tenantId = :tenantId AND m.groupId = :groupId")
public class InventoryMember {

  /** (group id, user id) of a tenant's stored memberships, as values (no managed entities). */
  public static final String OF_TENANT = "InventoryMember.ofTenant";

  public static final String DELETE_OF_TENANT = "InventoryMember.deleteOfTenant";
  public static final String DELETE_OF_GROUP = "InventoryMember.deleteOfGroup";

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  @Column(name = "group_id")
  private String groupId;

  @Id
  @Column(name = "user_id")
  private String userId;

  protected InventoryMember() {}

  public InventoryMember(long tenantId, String groupId, String userId) {
    this.tenantId = tenantId;
    this.groupId = groupId;
    this.userId = userId;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getUserId() {
    return userId;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long tenantId;
    private String groupId;
    private String userId;

    public Key() {}

    public Key(long tenantId, String groupId, String userId) {
      this.tenantId = tenantId;
      this.groupId = groupId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.tenantId == tenantId
          && Objects.equals(k.groupId, groupId)
          && Objects.equals(k.userId, userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, groupId, userId);
    }
  }
}
