package com.mtdconnect.onboarding.entity;

import java.io.Serializable;

/**
 * A group of the tenant's directory as the group search shows it: its kind in words (security,
 * Microsoft 365, mail-enabled, dynamic) and how many users and devices it holds, nested groups
 * included (null when Graph could not count them).
 */
public final class GroupFound implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final String displayName;
  private final String kind;
  private final Integer userCount;
  private final Integer deviceCount;

  public GroupFound(
      String id, String displayName, String kind, Integer userCount, Integer deviceCount) {
    this.id = id;
    this.displayName = displayName;
    this.kind = kind;
    this.userCount = userCount;
    this.deviceCount = deviceCount;
  }

  public String getId() {
    return id;
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

  /** Threat-level compliance can only target groups that hold users. */
  public boolean isWithoutUsers() {
    return userCount != null && userCount == 0;
  }
}
