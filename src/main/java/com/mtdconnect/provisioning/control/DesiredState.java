package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.graph.entity.MtdConnectorSpec;
import com.mtdconnect.provisioning.entity.CatalogueApp;
import com.mtdconnect.provisioning.entity.CatalogueValues;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the tenant's Intune should hold for an intent and the catalogue: per chosen platform the
 * store app, its configuration and the compliance policy (each with its stable object key), and our
 * MTD connector. The configuration holds the catalogue's keys with the keys published by the
 * tenant's mobile security policy laid over them ({@code publishedAppSettings}, per platform).
 */
public record DesiredState(
    ProvisioningIntent intent,
    CatalogueValues catalogue,
    String partnerId,
    Map<Platform, Map<String, String>> publishedAppSettings) {

  public DesiredState {
    publishedAppSettings = Map.copyOf(publishedAppSettings);
  }

  /** Without published policy keys: the catalogue's configuration only. */
  public DesiredState(ProvisioningIntent intent, CatalogueValues catalogue, String partnerId) {
    this(intent, catalogue, partnerId, Map.of());
  }

  /** The configuration's keys: the catalogue's, then the published policy's over them. */
  public Map<String, String> configurationSettings(Platform platform) {
    Map<String, String> settings = new TreeMap<>(catalogue.app(platform).settings());
    settings.putAll(publishedAppSettings.getOrDefault(platform, Map.of()));
    return settings;
  }

  /** The object key of our marker: {@code ios.app}, {@code android.compliance}, ... */
  public static String objectKey(Platform platform, IntuneObjectKind kind) {
    return platform.key()
        + switch (kind) {
          case MOBILE_APP -> ".app";
          case APP_CONFIGURATION -> ".config";
          case COMPLIANCE_POLICY -> ".compliance";
        };
  }

  static MobilePlatform graphPlatform(Platform platform) {
    return platform == Platform.IOS ? MobilePlatform.IOS : MobilePlatform.ANDROID_ENTERPRISE;
  }

  /** The spec of one of our objects; a configuration targets {@code appId} (may be empty). */
  public IntuneObjectSpec spec(Platform platform, IntuneObjectKind kind, String appId) {
    CatalogueApp app = catalogue.app(platform);
    String key = objectKey(platform, kind);
    MobilePlatform p = graphPlatform(platform);
    return switch (kind) {
      case MOBILE_APP ->
          IntuneObjectSpec.storeApp(
              p, key, app.displayName(), app.publisher(), app.appIdentifier(), app.storeUrl());
      case APP_CONFIGURATION ->
          IntuneObjectSpec.appConfiguration(
              p,
              key,
              app.displayName() + " configuration (" + platform.getLabel() + ")",
              app.appIdentifier(),
              appId,
              configurationSettings(platform));
      case COMPLIANCE_POLICY ->
          IntuneObjectSpec.compliancePolicy(
              p,
              key,
              app.displayName() + " threat protection (" + platform.getLabel() + ")",
              intent.threatLevel().graphValue());
    };
  }

  public MtdConnectorSpec connector() {
    return new MtdConnectorSpec(
        partnerId,
        intent.platforms().contains(Platform.IOS),
        intent.platforms().contains(Platform.ANDROID),
        catalogue.unresponsiveDays());
  }
}
