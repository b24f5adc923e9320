package com.mtdconnect.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The MSP's app catalogue: one row, configured once, sent to every tenant by provisioning. */
@Entity
@Table(name = "app_catalogue")
public class AppCatalogue {
  /** The id of the one row. */
  public static final byte THE_ONE = 1;

  @Id private byte id = THE_ONE;

  @Column(name = "ios_display_name", nullable = false)
  private String iosDisplayName;

  @Column(name = "ios_publisher", nullable = false)
  private String iosPublisher;

  @Column(name = "ios_app_identifier", nullable = false)
  private String iosAppIdentifier;

  @Column(name = "ios_store_url", nullable = false)
  private String iosStoreUrl;

  @Column(name = "ios_settings", nullable = false)
  private String iosSettings;

  @Column(name = "android_display_name", nullable = false)
  private String androidDisplayName;

  @Column(name = "android_publisher", nullable = false)
  private String androidPublisher;

  @Column(name = "android_app_identifier", nullable = false)
  private String androidAppIdentifier;

  @Column(name = "android_store_url", nullable = false)
  private String androidStoreUrl;

  @Column(name = "android_settings", nullable = false)
  private String androidSettings;

  @Enumerated(EnumType.STRING)
  @Column(name = "default_threat_level", nullable = false)
  private ThreatLevel defaultThreatLevel;

  @Column(name = "unresponsive_days", nullable = false)
  private int unresponsiveDays;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected AppCatalogue() {}

  public AppCatalogue(CatalogueDraft draft, String by, LocalDateTime now) {
    change(draft, by, now);
  }

  public final void change(CatalogueDraft d, String by, LocalDateTime now) {
    iosDisplayName = d.getIosDisplayName().strip();
    iosPublisher = d.getIosPublisher().strip();
    iosAppIdentifier = d.getIosAppIdentifier().strip();
    iosStoreUrl = d.getIosStoreUrl().strip();
    iosSettings = CatalogueDraft.normalizeSettings(d.getIosSettings());
    androidDisplayName = d.getAndroidDisplayName().strip();
    androidPublisher = d.getAndroidPublisher().strip();
    androidAppIdentifier = d.getAndroidAppIdentifier().strip();
    androidStoreUrl = d.getAndroidStoreUrl().strip();
    androidSettings = CatalogueDraft.normalizeSettings(d.getAndroidSettings());
    defaultThreatLevel = d.getDefaultThreatLevel();
    unresponsiveDays = d.getUnresponsiveDays();
    updatedBy = by;
    updatedAt = now;
  }

  public CatalogueValues values() {
    return new CatalogueValues(
        Map.of(
            Platform.IOS,
            new CatalogueApp(
                Platform.IOS,
                iosDisplayName,
                iosPublisher,
                iosAppIdentifier,
                iosStoreUrl,
                CatalogueDraft.parseSettings(iosSettings)),
            Platform.ANDROID,
            new CatalogueApp(
                Platform.ANDROID,
                androidDisplayName,
                androidPublisher,
                androidAppIdentifier,
                androidStoreUrl,
                CatalogueDraft.parseSettings(androidSettings))),
        defaultThreatLevel,
        unresponsiveDays);
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("iosApp", iosDisplayName + " (" + iosAppIdentifier + ")");
    s.put("iosStoreUrl", iosStoreUrl);
    s.put("iosSettings", iosSettings);
    s.put("androidApp", androidDisplayName + " (" + androidAppIdentifier + ")");
    s.put("androidStoreUrl", androidStoreUrl);
    s.put("androidSettings", androidSettings);
    s.put("defaultThreatLevel", defaultThreatLevel.name());
    s.put("unresponsiveDays", unresponsiveDays);
    return s;
  }

  public String getIosDisplayName() {
    return iosDisplayName;
  }

  public String getIosPublisher() {
    return iosPublisher;
  }

  public String getIosAppIdentifier() {
    return iosAppIdentifier;
  }

  public String getIosStoreUrl() {
    return iosStoreUrl;
  }

  public String getIosSettings() {
    return iosSettings;
  }

  public String getAndroidDisplayName() {
    return androidDisplayName;
  }

  public String getAndroidPublisher() {
    return androidPublisher;
  }

  public String getAndroidAppIdentifier() {
    return androidAppIdentifier;
  }

  public String getAndroidStoreUrl() {
    return androidStoreUrl;
  }

  public String getAndroidSettings() {
    return androidSettings;
  }

  public ThreatLevel getDefaultThreatLevel() {
    return defaultThreatLevel;
  }

  public int getUnresponsiveDays() {
    return unresponsiveDays;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
