package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.FleetCounters;
import com.mtdconnect.dashboard.entity.TrendPoint;
import com.mtdconnect.health.entity.HealthState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The fleet page's charts as Chart.js configurations for {@code p:chart}. */
public final class FleetCharts {

  /**
   * Made once: each {@code Json.createXxx} call looks the provider up again (a ServiceLoader scan).
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private static final String[] HEALTH_COLOURS = {"#64748b", "#15803d", "#b45309", "#b91c1c"};

  private FleetCharts() {}

  /** A doughnut of the tenants per health state. */
  public static String health(FleetCounters counters) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder data = JSON.createArrayBuilder();
    JsonArrayBuilder colours = JSON.createArrayBuilder();
    for (HealthState state : HealthState.values()) {
      labels.add(state.getLabel());
      data.add(counters.getByHealth().get(state));
      colours.add(HEALTH_COLOURS[state.ordinal() % HEALTH_COLOURS.length]);
    }
    return chart(
        "doughnut",
        labels,
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("label", "Tenants")
                    .add("data", data)
                    .add("backgroundColor", colours)));
  }

  /** A line of the percent of devices in scope with the app installed, per day. */
  public static String coverage(List<TrendPoint> days) {
    JsonArrayBuilder data = JSON.createArrayBuilder();
    days.forEach(
        d -> {
          if (d.getPercent() == null) {
            data.addNull(); // no devices that day: a gap, not a zero
          } else {
            data.add(d.getPercent());
          }
        });
    return chart(
        "line",
        labels(days),
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("label", "App installed, % of devices in scope")
                    .add("data", data)
                    .add("borderColor", "#1d4ed8")
                    .add("spanGaps", true)
                    .add("fill", false)),
        JSON.createObjectBuilder()
            .add("y", JSON.createObjectBuilder().add("min", 0).add("max", 100)));
  }

  /** Bars of the Graph requests per hour, throttled ones apart. */
  public static String throttling(List<TrendPoint> hours) {
    return chart(
        "bar",
        labels(hours),
        JSON.createArrayBuilder()
            .add(series("Throttled (429)", hours, TrendPoint::getFirst, "#b91c1c"))
            .add(series("Requests", hours, TrendPoint::getSecond, "#93c5fd")));
  }

  private static JsonObjectBuilder series(
      String label, List<TrendPoint> points, ToLongFunction<TrendPoint> value, String colour) {
    JsonArrayBuilder data = JSON.createArrayBuilder();
    points.forEach(p -> data.add(value.applyAsLong(p)));
    return JSON.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static JsonArrayBuilder labels(List<TrendPoint> points) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    points.forEach(p -> labels.add(p.getLabel()));
    return labels;
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return chart(type, labels, datasets, JSON.createObjectBuilder());
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", scales))
        .build()
        .toString();
  }
}
