package com.mtdconnect.provisioning.entity;

import java.util.Map;

/**
 * The catalogue as plan and apply use it: the app per platform, the default threat level and the
 * MTD connector's unresponsiveness threshold.
 */
public record CatalogueValues(
    Map<Platform, CatalogueApp> apps, ThreatLevel defaultThreatLevel, int unresponsiveDays) {

  public CatalogueValues {
    apps = Map.copyOf(apps);
  }

  public CatalogueApp app(Platform platform) {
    CatalogueApp app = apps.get(platform);
    if (app == null) {
      throw new CatalogueIncomplete(platform);
    }
    return app;
  }
}
