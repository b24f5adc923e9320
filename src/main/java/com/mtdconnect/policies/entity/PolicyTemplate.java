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
 * An MSP-level mobile security policy for one platform; tenant policies inherit its values. Its
 * current values are those of its latest version. Times are UTC.
 */
@Entity
@Table(name = "policy_template")
@NamedQuery(
    name = PolicyTemplate.ALL,
    query = "select t from PolicyTemplate t order by t.platform, t.name")
@NamedQuery(
    name = PolicyTemplate.BY_NAME,
    query = "select t from PolicyTemplate t where lower(t.name) = lower(:name)")
public class PolicyTemplate {
  public static final String ALL = "PolicyTemplate.all";
  public static final String BY_NAME = "PolicyTemplate.byName";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Platform platform;

  @Column(name = "settings", nullable = false)
  private String settings;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected PolicyTemplate() {}

  public PolicyTemplate(
      String name, Platform platform, PolicyValues values, String by, LocalDateTime now) {
    this.name = name;
    this.platform = platform;
    this.settings = SettingsCodec.encode(values.asMap());
    this.currentVersion = 1;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** Takes the new values as its next version; returns that version's number. */
  public int change(String name, PolicyValues values, String by, LocalDateTime now) {
    this.name = name;
    this.settings = SettingsCodec.encode(values.asMap());
    this.updatedBy = by;
    this.updatedAt = now;
    return ++currentVersion;
  }

  public PolicyValues values() {
    return PolicyValues.of(SettingsCodec.decode(settings));
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("platform", platform.name());
    s.put("version", currentVersion);
    s.put("settings", values().asMap());
    return s;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
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

  /** "Standard" or "Custom". */
  public String getStrength() {
    return PolicyPreset.labelOf(platform, values());
  }
}
