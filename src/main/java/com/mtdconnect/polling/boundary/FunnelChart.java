package com.mtdconnect.polling.boundary;

import com.mtdconnect.polling.entity.InventorySummary;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The install funnel as a Chart.js configuration for {@code p:chart}: horizontal bars, one series
 * per platform, steps targeted users → devices in scope → app installed → reporting to connector.
 */
final class FunnelChart {

  private FunnelChart() {}

  static String of(List<InventorySummary> funnels) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    String[] colours = {"#2563eb", "#16a34a"};
    int i = 0;
    for (InventorySummary f : funnels) {
      datasets.add(
          Json.createObjectBuilder()
              .add("label", f.getPlatform().getLabel())
              .add("backgroundColor", colours[i++ % colours.length])
              .add(
                  "data",
                  Json.createArrayBuilder()
                      .add(f.getTargetedUsers())
                      .add(f.getDevicesInScope())
                      .add(f.getAppInstalled())
                      .add(f.getConnectorReporting())));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add(
                    "labels",
                    Json.createArrayBuilder()
                        .add("Targeted users")
                        .add("Devices in scope")
                        .add("App installed")
                        .add("Reporting to connector"))
                .add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("animation", false)
                .add("responsive", true))
        .build()
        .toString();
  }
}
