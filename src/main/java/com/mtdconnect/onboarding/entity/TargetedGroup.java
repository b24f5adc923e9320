package com.mtdconnect.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * An Entra group a tenant's onboarding includes or excludes, with its name, kind and member counts
 * as Microsoft Graph reported them when it was chosen (kept for display; Graph stays the truth).
 */
@Embeddable
public class TargetedGroup implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupRole role;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "group_kind", nullable = false)
  private String kind;

  /** Users among the group's transitive members; null when Graph could not count them. */
  @Column(name = "user_count")
  private Integer userCount;

  @Column(name = "device_count")
  private Integer deviceCount;

  protected TargetedGroup() {}

  public TargetedGroup(GroupFound group, GroupRole role) {
    this.groupId = group.getId();
    this.role = role;
    this.displayName = group.getDisplayName();
    this.kind = group.getKind();
    this.userCount = group.getUserCount();
    this.deviceCount = group.getDeviceCount();
  }

  public String getGroupId() {
    return groupId;
  }

  public GroupRole getRole() {
    return role;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getKind() {
    return kind;
  }

  public Integer getUserCount() {
    return userCount;
  }

  public Integer getDeviceCount() {
    return deviceCount;
  }

  /**
   * Threat-level compliance targets user groups only: an included group Graph counted no users in
   * cannot be targeted.
   */
  public boolean isWithoutUsers() {
    return userCount != null && userCount == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetedGroup other && groupId.equals(other.groupId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId);
  }
}
