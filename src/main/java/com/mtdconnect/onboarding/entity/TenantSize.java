package com.mtdconnect.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The tenant's size as Microsoft Graph last reported it: how many groups and devices polling will
 * walk (what the sync cost is computed from), when it was last read and, when that read failed, why
 * the size is unknown. Part of the onboarding row; every column is null until the size is first
 * read. A value: reading again gives a new one.
 */
@Embeddable
public class TenantSize implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "tenant_groups")
  private Integer groups;

  @Column(name = "tenant_devices")
  private Integer devices;

  @Column(name = "size_read_at")
  private LocalDateTime readAt;

  /** Why the tenant's size (and so the cost) is unknown, when reading it failed. */
  @Column(name = "frequency_reason")
  private String problem;

  /** Never read. */
  protected TenantSize() {}

  private TenantSize(Integer groups, Integer devices, LocalDateTime readAt, String problem) {
    this.groups = groups;
    this.devices = devices;
    this.readAt = readAt;
    this.problem = problem;
  }

  /** Graph's counts of the tenant's groups and devices; an earlier read's problem is forgotten. */
  TenantSize read(int groupCount, int deviceCount, LocalDateTime now) {
    return new TenantSize(groupCount, deviceCount, now, null);
  }

  /** Reading failed: says why; counts read before, if any, are kept. */
  TenantSize unknown(String why, LocalDateTime now) {
    return new TenantSize(groups, devices, now, why);
  }

  /** The tenant's groups; null while never read. */
  public Integer getGroups() {
    return groups;
  }

  /** The tenant's devices; null while never read. */
  public Integer getDevices() {
    return devices;
  }

  /** When the size was last read, successfully or not; null while never read. */
  public LocalDateTime getReadAt() {
    return readAt;
  }

  /** Why the last read failed; null when it succeeded or never happened. */
  public String getProblem() {
    return problem;
  }

  public boolean isKnown() {
    return groups != null && devices != null;
  }
}
