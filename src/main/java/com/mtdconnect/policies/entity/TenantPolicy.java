package com.mtdconnect.policies.entity;

import com.mtdconnect.provisioning.entity.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's mobile security policy for one platform: a template's values with the tenant's
 * explicit overrides (field key → value); at most one per tenant and platform. Times are UTC.
 */
@Entity
@Table(name = "tenant_policy")
@NamedQuery(
    name = TenantPolicy.OF_TEMPLATE,
    query = "select p from TenantPolicy p where p.templateId = :template order by p.tenantId")
@NamedQuery(
    name = TenantPolicy.OF_TENANT_PLATFORM,
    query = "select p from TenantPolicy p where p.tenantId = :tenant and p.platform = :platform")
@NamedQuery(
    name = TenantPolicy.PUBLISHED_OF_TENANT,
    query =
        "select p from TenantPolicy p where p.tenantId = :tenant and p.publishedVersion is not null"
            + " order by p.platform")
@NamedQuery(
    name = TenantPolicy.COUNT_PUBLISHED_OF_TENANT,
    query =
        "select count(p) from TenantPolicy p where p.tenantId = :tenant"
            + " and p.publishedVersion is not null")
public class TenantPolicy {
  public static final String OF_TEMPLATE = "TenantPolicy.ofTemplate";
  public static final String OF_TENANT_PLATFORM = "TenantPolicy.ofTenantPlatform";
  public static final String PUBLISHED_OF_TENANT = "TenantPolicy.publishedOfTenant";
  public static final String COUNT_PUBLISHED_OF_TENANT = "TenantPolicy.countPublishedOfTenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "template_id", nullable = false)
  private long templateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Platform platform;

  @Column(name = "overrides", nullable = false)
  private String overrides = "";

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  /** Whether the policy was ever published to the tenant's Intune and how the last publish went. */
  public enum PublishState {
    NEVER("Not published"),
    PUBLISHED("Published"),
    FAILED("Publish failed");

    private final String label;

    PublishState(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "publish_state", nullable = false)
  private PublishState publishState = PublishState.NEVER;

  /** The version Intune holds since the last successful publish; null before. */
  @Column(name = "published_version")
  private Integer publishedVersion;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "publish_reason", nullable = false)
  private String publishReason = "";

  @Column(name = "intune_object_id", nullable = false)
  private String intuneObjectId = "";

  /** The values the last publish put into Intune (moved by an accepted drift). */
  @Column(name = "published_settings", nullable = false)
  private String publishedSettings = "";

  @Version private long version;

  protected TenantPolicy() {}

  public TenantPolicy(long tenantId, PolicyTemplate template, String by, LocalDateTime now) {
    this.tenantId = tenantId;
    this.templateId = template.getId();
    this.platform = template.getPlatform();
    this.currentVersion = 1;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** Takes the overrides as its next version; returns that version's number. */
  public int override(Map<String, String> overrides, String by, LocalDateTime now) {
    this.overrides = SettingsCodec.encode(PolicyValues.of(overrides).asMap());
    this.updatedBy = by;
    this.updatedAt = now;
    return ++currentVersion;
  }

  /** Intune now holds the current version's values (in the object with this id). */
  public void published(String objectId, PolicyValues values, String by, LocalDateTime now) {
    publishState = PublishState.PUBLISHED;
    publishedVersion = currentVersion;
    publishedAt = now;
    publishedBy = by;
    publishReason = "";
    intuneObjectId = objectId;
    publishedSettings = SettingsCodec.encode(values.asMap());
  }

  /**
   * Adopts what Intune holds for these fields: they become overrides of a new version (returned),
   * and the values Intune is compared with. When Intune held the version current until now, it
   * holds the new one.
   */
  public int adopt(Map<String, String> fromIntune, String by, LocalDateTime now) {
    boolean wasPublished = publishedVersion != null && publishedVersion == currentVersion;
    Map<String, String> merged = new LinkedHashMap<>(overrides());
    merged.putAll(fromIntune);
    int number = override(merged, by, now);
    if (!publishedSettings.isEmpty()) {
      publishedSettings = SettingsCodec.encode(publishedValues().overriddenBy(fromIntune).asMap());
    }
    if (wasPublished) {
      publishedVersion = number;
    }
    return number;
  }

  /** The values Intune should hold since the last publish or accepted drift. */
  public PolicyValues publishedValues() {
    return PolicyValues.of(SettingsCodec.decode(publishedSettings));
  }

  /** The last publish did not reach Intune; what Intune held before stays recorded. */
  public void publishFailed(String reason, String by, LocalDateTime now) {
    publishState = PublishState.FAILED;
    publishReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    publishedBy = by;
    publishedAt = now;
  }

  public PublishState getPublishState() {
    return publishState;
  }

  public Integer getPublishedVersion() {
    return publishedVersion;
  }

  public String getPublishReason() {
    return publishReason;
  }

  public String getIntuneObjectId() {
    return intuneObjectId;
  }

  public Map<String, String> overrides() {
    return SettingsCodec.decode(overrides);
  }

  /** The template's values with this tenant's overrides laid over them. */
  public PolicyValues effective(PolicyTemplate template) {
    return template.values().overriddenBy(overrides());
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("template", templateId);
    s.put("platform", platform.name());
    s.put("version", currentVersion);
    s.put("overrides", overrides());
    return s;
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public long getTemplateId() {
    return templateId;
  }

  public Platform getPlatform() {
    return platform;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }

  public int getOverrideCount() {
    return overrides().size();
  }
}
