package com.mtdconnect.provisioning.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an MSP administrator types into the app catalogue page, validated on the page and again by
 * the boundary. App configuration settings are one {@code key=value} per line.
 */
public class CatalogueDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String IDENTIFIER = "[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+";
  private static final String SETTINGS =
      "(?s)\\s*([A-Za-z][A-Za-z0-9_.-]*\\s*=[^\\r\\n]*(\\R\\s*|$))*";

  @NotBlank(message = "Enter the iOS app's name as Intune shows it.")
  @Size(max = 200, message = "Keep the name under 200 characters.")
  private String iosDisplayName;

  @NotBlank(message = "Enter the iOS app's publisher.")
  @Size(max = 200, message = "Keep the publisher under 200 characters.")
  private String iosPublisher;

  @NotBlank(message = "Enter the iOS bundle id, such as com.contoso.shield.")
  @Pattern(regexp = IDENTIFIER, message = "A bundle id looks like com.contoso.shield.")
  private String iosAppIdentifier;

  @NotBlank(message = "Enter the app's App Store address.")
  @Pattern(
      regexp = "https://apps\\.apple\\.com/\\S+",
      message = "Enter an App Store address starting with https://apps.apple.com/.")
  @Size(max = 500, message = "Keep the address under 500 characters.")
  private String iosStoreUrl;

  @Pattern(regexp = SETTINGS, message = "Write one key=value per line; keys start with a letter.")
  @Size(max = 4000, message = "Keep the settings under 4,000 characters.")
  private String iosSettings = "";

  @NotBlank(message = "Enter the Android app's name as Intune shows it.")
  @Size(max = 200, message = "Keep the name under 200 characters.")
  private String androidDisplayName;

  @NotBlank(message = "Enter the Android app's publisher.")
  @Size(max = 200, message = "Keep the publisher under 200 characters.")
  private String androidPublisher;

  @NotBlank(message = "Enter the Android package id, such as com.contoso.shield.")
  @Pattern(regexp = IDENTIFIER, message = "A package id looks like com.contoso.shield.")
  private String androidAppIdentifier;

  @NotBlank(message = "Enter the app's Google Play address.")
  @Pattern(
      regexp = "https://play\\.google\\.com/\\S+",
      message = "Enter a Google Play address starting with https://play.google.com/.")
  @Size(max = 500, message = "Keep the address under 500 characters.")
  private String androidStoreUrl;

  @Pattern(regexp = SETTINGS, message = "Write one key=value per line; keys start with a letter.")
  @Size(max = 4000, message = "Keep the settings under 4,000 characters.")
  private String androidSettings = "";

  @NotNull(message = "Choose the threat level tenants get unless the operator picks another.")
  private ThreatLevel defaultThreatLevel = ThreatLevel.MEDIUM;

  @Min(value = 1, message = "Intune needs at least 1 day.")
  @Max(value = 365, message = "Choose at most 365 days.")
  private int unresponsiveDays = 7;

  public static CatalogueDraft of(AppCatalogue c) {
    CatalogueDraft d = new CatalogueDraft();
    d.iosDisplayName = c.getIosDisplayName();
    d.iosPublisher = c.getIosPublisher();
    d.iosAppIdentifier = c.getIosAppIdentifier();
    d.iosStoreUrl = c.getIosStoreUrl();
    d.iosSettings = c.getIosSettings();
    d.androidDisplayName = c.getAndroidDisplayName();
    d.androidPublisher = c.getAndroidPublisher();
    d.androidAppIdentifier = c.getAndroidAppIdentifier();
    d.androidStoreUrl = c.getAndroidStoreUrl();
    d.androidSettings = c.getAndroidSettings();
    d.defaultThreatLevel = c.getDefaultThreatLevel();
    d.unresponsiveDays = c.getUnresponsiveDays();
    return d;
  }

  /** {@code key=value} lines to a map (blank lines ignored, the first {@code =} splits). */
  public static Map<String, String> parseSettings(String text) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (text == null) {
      return settings;
    }
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        settings.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return settings;
  }

  /** The settings as stored: one {@code key=value} per line, trimmed. */
  public static String normalizeSettings(String text) {
    return parseSettings(text).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  public String getIosDisplayName() {
    return iosDisplayName;
  }

  public void setIosDisplayName(String v) {
    this.iosDisplayName = v;
  }

  public String getIosPublisher() {
    return iosPublisher;
  }

  public void setIosPublisher(String v) {
    this.iosPublisher = v;
  }

  public String getIosAppIdentifier() {
    return iosAppIdentifier;
  }

  public void setIosAppIdentifier(String v) {
    this.iosAppIdentifier = v;
  }

  public String getIosStoreUrl() {
    return iosStoreUrl;
  }

  public void setIosStoreUrl(String v) {
    this.iosStoreUrl = v;
  }

  public String getIosSettings() {
    return iosSettings;
  }

  public void setIosSettings(String v) {
    this.iosSettings = v;
  }

  public String getAndroidDisplayName() {
    return androidDisplayName;
  }

  public void setAndroidDisplayName(String v) {
    this.androidDisplayName = v;
  }

  public String getAndroidPublisher() {
    return androidPublisher;
  }

  public void setAndroidPublisher(String v) {
    this.androidPublisher = v;
  }

  public String getAndroidAppIdentifier() {
    return androidAppIdentifier;
  }

  public void setAndroidAppIdentifier(String v) {
    this.androidAppIdentifier = v;
  }

  public String getAndroidStoreUrl() {
    return androidStoreUrl;
  }

  public void setAndroidStoreUrl(String v) {
    this.androidStoreUrl = v;
  }

  public String getAndroidSettings() {
    return androidSettings;
  }

  public void setAndroidSettings(String v) {
    this.androidSettings = v;
  }

  public ThreatLevel getDefaultThreatLevel() {
    return defaultThreatLevel;
  }

  public void setDefaultThreatLevel(ThreatLevel v) {
    this.defaultThreatLevel = v;
  }

  public int getUnresponsiveDays() {
    return unresponsiveDays;
  }

  public void setUnresponsiveDays(int v) {
    this.unresponsiveDays = v;
  }
}
