package com.mtdconnect.graph.entity;

import java.util.Map;

/** An iOS managed app configuration: string settings for one targeted app. */
public record AppConfigurationRequest(
    String displayName, String targetedAppId, Map<String, String> settings) {

  public AppConfigurationRequest {
    settings = Map.copyOf(settings);
  }
}
