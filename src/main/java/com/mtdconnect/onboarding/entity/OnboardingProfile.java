package com.mtdconnect.onboarding.entity;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named onboarding defaults of the MSP: platforms, sync frequency, threat level and group naming
 * rules (include groups whose display name starts with one of the include prefixes, exclude those
 * starting with an exclude prefix). Times are UTC.
 */
@Entity
@Table(name = "onboarding_profile")
@NamedQuery(
    name = OnboardingProfile.ALL,
    query = "select p from OnboardingProfile p order by p.name")
@NamedQuery(
    name = OnboardingProfile.BY_NAME,
    query = "select p from OnboardingProfile p where lower(p.name) = lower(:name)")
public class OnboardingProfile {
  public static final String ALL = "OnboardingProfile.all";
  public static final String BY_NAME = "OnboardingProfile.byName";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String platforms;

  @Enumerated(EnumType.STRING)
  @Column(name = "sync_frequency", nullable = false)
  private SyncFrequency syncFrequency;

  @Enumerated(EnumType.STRING)
  @Column(name = "threat_level", nullable = false)
  private DeviceThreatLevel threatLevel;

  /** One prefix per line. */
  @Column(name = "include_prefixes", nullable = false)
  private String includePrefixes;

  @Column(name = "exclude_prefixes", nullable = false)
  private String excludePrefixes = "";

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected OnboardingProfile() {}

  public OnboardingProfile(ProfileDraft draft, String by, LocalDateTime now) {
    createdAt = now;
    createdBy = by;
    change(draft, by, now);
  }

  public void change(ProfileDraft draft, String by, LocalDateTime now) {
    name = draft.getName();
    platforms = DevicePlatform.join(draft.getPlatforms());
    syncFrequency = draft.getSyncFrequency();
    threatLevel = draft.getThreatLevel();
    includePrefixes = String.join("\n", draft.getIncludePrefixes());
    excludePrefixes = String.join("\n", draft.getExcludePrefixes());
    updatedAt = now;
    updatedBy = by;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("platforms", platforms);
    s.put("syncFrequency", syncFrequency.name());
    s.put("threatLevel", threatLevel.name());
    s.put("include", String.join(", ", getIncludePrefixes()));
    s.put("exclude", String.join(", ", getExcludePrefixes()));
    return s;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Set<DevicePlatform> getPlatformSet() {
    return DevicePlatform.parse(platforms);
  }

  public String getPlatformsText() {
    return DevicePlatform.describe(getPlatformSet());
  }

  public SyncFrequency getSyncFrequency() {
    return syncFrequency;
  }

  public DeviceThreatLevel getThreatLevel() {
    return threatLevel;
  }

  public List<String> getIncludePrefixes() {
    return lines(includePrefixes);
  }

  public List<String> getExcludePrefixes() {
    return lines(excludePrefixes);
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
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
}
