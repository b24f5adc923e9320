package com.mtdconnect.policies.entity;

import java.time.LocalDateTime;

/** A tenant policy as lists show it (JavaBean for EL). */
public final class TenantPolicyRow {
  private final long policyId;
  private final long tenantId;
  private final String tenantName;
  private final String templateName;
  private final int overrides;
  private final int currentVersion;
  private final String updatedBy;
  private final LocalDateTime updatedAt;
  private final String publishText;

  private TenantPolicyRow(
      long policyId,
      long tenantId,
      String tenantName,
      String templateName,
      int overrides,
      int currentVersion,
      String updatedBy,
      LocalDateTime updatedAt,
      String publishText) {
    this.policyId = policyId;
    this.tenantId = tenantId;
    this.tenantName = tenantName;
    this.templateName = templateName;
    this.overrides = overrides;
    this.currentVersion = currentVersion;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
    this.publishText = publishText;
  }

  public static TenantPolicyRow of(TenantPolicy p, String tenantName, PolicyTemplate template) {
    return new TenantPolicyRow(
        p.getId(),
        p.getTenantId(),
        tenantName,
        template.getName(),
        p.getOverrideCount(),
        p.getCurrentVersion(),
        p.getUpdatedBy(),
        p.getUpdatedAt(),
        switch (p.getPublishState()) {
          case NEVER -> "Not published";
          case PUBLISHED ->
              "v"
                  + p.getPublishedVersion()
                  + " in Intune"
                  + (p.getPublishedVersion() == p.getCurrentVersion()
                      ? ""
                      : " (v" + p.getCurrentVersion() + " not published yet)");
          case FAILED -> "Publish failed: " + p.getPublishReason();
        });
  }

  public long getPolicyId() {
    return policyId;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getTenantName() {
    return tenantName;
  }

  public String getTemplateName() {
    return templateName;
  }

  public int getOverrides() {
    return overrides;
  }

  /** "Inherits everything" or "2 overrides". */
  public String getOverrideText() {
    return overrides == 0
        ? "Inherits everything"
        : overrides + " override" + (overrides == 1 ? "" : "s");
  }

  /** Which version Intune holds, or why the last publish failed. */
  public String getPublishText() {
    return publishText;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
