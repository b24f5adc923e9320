package com.mtdconnect.graph.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What provisioning wants an Intune object to be. The managed fields are compared with an existing
 * {@link IntuneObject}'s fields (same names, same text form) and written on create and update.
 *
 * @param objectKey the tenant-independent key of our marker (e.g. {@code ios.app})
 * @param appIdentifier bundle id (iOS) or package id (Android) of the app, for apps and configs
 * @param storeUrl App Store / Google Play URL (apps only)
 * @param targetedAppId the app a configuration targets (configurations only; set when known)
 * @param settings configuration keys and values (configurations); for compliance policies the
 *     further properties Intune enforces (Graph property name → value as text, e.g. {@code
 *     osMinimumVersion}) and, under {@link #ACTION_KEY} and {@link #GRACE_HOURS_KEY}, the action on
 *     a non-compliant device and its grace period, which Intune takes only when the policy is
 *     created (its scheduled actions are write-on-create and cannot be read back)
 * @param threatLevel required device threat level (policies only: {@code secured}, {@code low},
 *     {@code medium}, {@code high})
 */
public record IntuneObjectSpec(
    IntuneObjectKind kind,
    MobilePlatform platform,
    String objectKey,
    String displayName,
    String publisher,
    String appIdentifier,
    String storeUrl,
    String targetedAppId,
    Map<String, String> settings,
    String threatLevel) {

  /**
   * The settings key of a compliance policy's non-compliance action ({@code block}, {@code
   * retire}).
   */
  public static final String ACTION_KEY = "@action";

  /** The settings key of a compliance policy's grace period in hours. */
  public static final String GRACE_HOURS_KEY = "@graceHours";

  public IntuneObjectSpec {
    settings = settings == null ? Map.of() : new TreeMap<>(settings);
    publisher = publisher == null ? "" : publisher;
    appIdentifier = appIdentifier == null ? "" : appIdentifier;
    storeUrl = storeUrl == null ? "" : storeUrl;
    targetedAppId = targetedAppId == null ? "" : targetedAppId;
    threatLevel = threatLevel == null ? "" : threatLevel;
  }

  public static IntuneObjectSpec storeApp(
      MobilePlatform platform,
      String objectKey,
      String displayName,
      String publisher,
      String appIdentifier,
      String storeUrl) {
    return new IntuneObjectSpec(
        IntuneObjectKind.MOBILE_APP,
        platform,
        objectKey,
        displayName,
        publisher,
        appIdentifier,
        storeUrl,
        "",
        Map.of(),
        "");
  }

  public static IntuneObjectSpec appConfiguration(
      MobilePlatform platform,
      String objectKey,
      String displayName,
      String appIdentifier,
      String targetedAppId,
      Map<String, String> settings) {
    return new IntuneObjectSpec(
        IntuneObjectKind.APP_CONFIGURATION,
        platform,
        objectKey,
        displayName,
        "",
        appIdentifier,
        "",
        targetedAppId,
        settings,
        "");
  }

  public static IntuneObjectSpec compliancePolicy(
      MobilePlatform platform, String objectKey, String displayName, String threatLevel) {
    return new IntuneObjectSpec(
        IntuneObjectKind.COMPLIANCE_POLICY,
        platform,
        objectKey,
        displayName,
        "",
        "",
        "",
        "",
        Map.of(),
        threatLevel);
  }

  /**
   * A compliance policy with further enforced properties (Graph name → text; {@code true}/{@code
   * false} are sent as booleans, whole numbers as numbers) and its non-compliance action: {@code
   * block} after the grace period, or {@code retire} (blocked at once, retired after the grace
   * period).
   */
  public static IntuneObjectSpec compliancePolicy(
      MobilePlatform platform,
      String objectKey,
      String displayName,
      String threatLevel,
      Map<String, String> enforced,
      String action,
      int graceHours) {
    Map<String, String> settings = new TreeMap<>(enforced);
    settings.put(ACTION_KEY, action);
    settings.put(GRACE_HOURS_KEY, String.valueOf(graceHours));
    return new IntuneObjectSpec(
        IntuneObjectKind.COMPLIANCE_POLICY,
        platform,
        objectKey,
        displayName,
        "",
        "",
        "",
        "",
        settings,
        threatLevel);
  }

  /** The properties of a compliance policy besides the threat pair, as Graph names them. */
  public Map<String, String> enforcedProperties() {
    Map<String, String> enforced = new TreeMap<>(settings);
    enforced.remove(ACTION_KEY);
    enforced.remove(GRACE_HOURS_KEY);
    return enforced;
  }

  /** The same spec targeting another app (a configuration whose app was just created). */
  public IntuneObjectSpec targeting(String appId) {
    return new IntuneObjectSpec(
        kind,
        platform,
        objectKey,
        displayName,
        publisher,
        appIdentifier,
        storeUrl,
        appId,
        settings,
        threatLevel);
  }

  /** The marker text for the marker field. */
  public String marker() {
    return IntuneObject.markerText(objectKey);
  }

  /**
   * Field name → value as text, in the order a plan lists them. The same names and text forms as
   * {@link IntuneObject#fields()} so that unequal values are real changes.
   */
  public Map<String, String> managedFields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", displayName);
    switch (kind) {
      case MOBILE_APP -> {
        f.put("publisher", publisher);
        f.put(platform == MobilePlatform.IOS ? "bundleId" : "packageId", appIdentifier);
        f.put("appStoreUrl", storeUrl);
        f.put("notes", marker());
      }
      case APP_CONFIGURATION -> {
        f.put("description", marker());
        f.put("settings", settingsText(settings));
      }
      case COMPLIANCE_POLICY -> {
        f.put("description", marker());
        f.put("deviceThreatProtectionEnabled", "true");
        f.put("deviceThreatProtectionRequiredSecurityLevel", threatLevel);
        f.putAll(enforcedProperties());
      }
    }
    return f;
  }

  /** Configuration settings as one comparable text: {@code key=value; key=value}, keys sorted. */
  public static String settingsText(Map<String, String> settings) {
    return new TreeMap<>(settings)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
  }
}
