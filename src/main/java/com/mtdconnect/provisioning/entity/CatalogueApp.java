package com.mtdconnect.provisioning.entity;

import java.util.Map;
import java.util.TreeMap;

/**
 * The MSP's mobile security app on one platform, as the catalogue holds it.
 *
 * @param appIdentifier the iOS bundle id or the Android package id
 * @param settings the app configuration's keys and values
 */
public record CatalogueApp(
    Platform platform,
    String displayName,
    String publisher,
    String appIdentifier,
    String storeUrl,
    Map<String, String> settings) {

  public CatalogueApp {
    settings =
        settings == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
  }
}
