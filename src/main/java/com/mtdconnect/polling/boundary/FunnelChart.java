package com.mtdconnect.polling.boundary;

import com.mtdconnect.polling.entity.InventorySummary;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.util.List;
import java.util.Map;

/**
 * The install funnel as a Chart.js configuration for {@code p:chart}: horizontal bars, one series
 * per platform, steps targeted users → devices in scope → app installed → reporting to connector.
 */
final class FunnelChart {

  /**
   * Made once: each {@code Json.createXxx} call looks the provider up again (a ServiceLoader scan).
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private FunnelChart() {}

  static String of(List<InventorySummary> funnels) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    String[] colours = {"#2563eb", "#16a34a"};
    int i = 0;
    for (InventorySummary f : funnels) {
      datasets.add(
          JSON.createObjectBuilder()
              .add("label", f.getPlatform().getLabel())
              .add("backgroundColor", colours[i++ % colours.length])
              .add(
                  "data",
                  JSON.createArrayBuilder()
                      .add(f.getTargetedUsers())
                      .add(f.getDevicesInScope())
                      .add(f.getAppInstalled())
                      .add(f.getConnectorReporting())));
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add(
                    "labels",
                    JSON.createArrayBuilder()
                        .add("Targeted users")
                        .add("Devices in scope")
                        .add("App installed")
                        .add("Reporting to connector"))
                .add("datasets", datasets))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("indexAxis", "y")
                .add("animation", false)
                .add("responsive", true))
        .build()
        .toString();
  }
}
