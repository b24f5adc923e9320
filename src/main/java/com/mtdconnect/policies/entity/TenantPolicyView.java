package com.mtdconnect.policies.entity;

import com.mtdconnect.provisioning.entity.Platform;
import java.time.LocalDateTime;
import java.util.Map;

/** A tenant policy with the template it inherits and its tenant's name, for the policy page. */
public final class TenantPolicyView {
  private final long policyId;
  private final long tenantId;
  private final String tenantName;
  private final long templateId;
  private final String templateName;
  private final int templateVersion;
  private final Platform platform;
  private final PolicyValues templateValues;
  private final Map<String, String> overrides;
  private final PolicyValues effective;
  private final int currentVersion;
  private final long lockVersion;
  private final String updatedBy;
  private final LocalDateTime updatedAt;
  private final Integer publishedVersion;

  public TenantPolicyView(TenantPolicy policy, PolicyTemplate template, String tenantName) {
    this.policyId = policy.getId();
    this.tenantId = policy.getTenantId();
    this.tenantName = tenantName;
    this.templateId = template.getId();
    this.templateName = template.getName();
    this.templateVersion = template.getCurrentVersion();
    this.platform = policy.getPlatform();
    this.templateValues = template.values();
    this.overrides = policy.overrides();
    this.effective = policy.effective(template);
    this.currentVersion = policy.getCurrentVersion();
    this.lockVersion = policy.getVersion();
    this.updatedBy = policy.getUpdatedBy();
    this.updatedAt = policy.getUpdatedAt();
    this.publishedVersion = policy.getPublishedVersion();
  }

  public PolicyValues templateValues() {
    return templateValues;
  }

  public Map<String, String> overrides() {
    return overrides;
  }

  public PolicyValues effective() {
    return effective;
  }

  public long lockVersion() {
    return lockVersion;
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

  public long getTemplateId() {
    return templateId;
  }

  public String getTemplateName() {
    return templateName;
  }

  public int getTemplateVersion() {
    return templateVersion;
  }

  public Platform getPlatform() {
    return platform;
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

  public String getStrength() {
    return PolicyPreset.labelOf(platform, effective);
  }

  /** Whether Intune was ever given this policy (only then can it drift). */
  public boolean isPublished() {
    return publishedVersion != null;
  }

  /** The version Intune holds since the last publish or accepted drift; null before. */
  public Integer getPublishedVersion() {
    return publishedVersion;
  }
}
