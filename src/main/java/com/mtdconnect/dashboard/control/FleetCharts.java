package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.FleetCounters;
import com.mtdconnect.dashboard.entity.TrendPoint;
import com.mtdconnect.health.entity.HealthState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/** The fleet page's charts as Chart.js configurations for {@code p:chart}. */
public final class FleetCharts {
  private static final String[] HEALTH_COLOURS = {"#64748b", "#15803d", "#b45309", "#b91c1c"};

  private FleetCharts() {}

  /** A doughnut of the tenants per health state. */
  public static String health(FleetCounters counters) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (HealthState state : HealthState.values()) {
      labels.add(state.getLabel());
      data.add(counters.getByHealth().get(state));
      colours.add(HEALTH_COLOURS[state.ordinal() % HEALTH_COLOURS.length]);
    }
    return chart(
        "doughnut",
        labels,
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", "Tenants")
                    .add("data", data)
                    .add("backgroundColor", colours)));
  }

  /** A line of the percent of devices in scope with the app installed, per day. */
  public static String coverage(List<TrendPoint> days) {
    JsonArrayBuilder data = Json.createArrayBuilder();
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
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", "App installed, % of devices in scope")
                    .add("data", data)
                    .add("borderColor", "#1d4ed8")
                    .add("spanGaps", true)
                    .add("fill", false)),
        Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)));
  }

  /** Bars of the Graph requests per hour, throttled ones apart. */
  public static String throttling(List<TrendPoint> hours) {
    return chart(
        "bar",
        labels(hours),
        Json.createArrayBuilder()
            .add(series("Throttled (429)", hours, TrendPoint::getFirst, "#b91c1c"))
            .add(series("Requests", hours, TrendPoint::getSecond, "#93c5fd")));
  }

  private static JsonObjectBuilder series(
      String label, List<TrendPoint> points, ToLongFunction<TrendPoint> value, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    points.forEach(p -> data.add(value.applyAsLong(p)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static JsonArrayBuilder labels(List<TrendPoint> points) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    points.forEach(p -> labels.add(p.getLabel()));
    return labels;
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return chart(type, labels, datasets, Json.createObjectBuilder());
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", scales))
        .build()
        .toString();
  }
}
