package com.mtdconnect.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mtdconnect.dashboard.entity.FleetCounters;
import com.mtdconnect.dashboard.entity.TrendPoint;
import com.mtdconnect.health.entity.HealthState;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FleetChartsTest {

  @Test
  void theHealthDoughnutHasEveryStateWithItsCountZeroIncluded() {
    FleetCounters counters =
        new FleetCounters(
            Map.of(),
            Map.of(HealthState.FAILING, 3L, HealthState.HEALTHY, 7L),
            0,
            0,
            0,
            0,
            0,
            null,
            null,
            null);
    JsonObject chart = parse(FleetCharts.health(counters));
    assertEquals("doughnut", chart.getString("type"));
    assertEquals(
        "[0,7,0,3]",
        chart
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .get("data")
            .toString());
  }

  @Test
  void aDayWithoutDevicesIsAGapInTheCoverageLineNotAZero() {
    JsonObject chart =
        parse(
            FleetCharts.coverage(
                List.of(
                    new TrendPoint("2026-12-03", 0, 0), new TrendPoint("2026-12-04", 40, 100))));
    assertEquals(
        "[null,40]",
        chart
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .get("data")
            .toString());
  }

  @Test
  void theThrottlingBarsShowThrottledBesideAllRequestsPerHour() {
    JsonObject chart =
        parse(FleetCharts.throttling(List.of(new TrendPoint("2026-12-04 13:00", 3, 80))));
    var datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals("[3]", datasets.getJsonObject(0).get("data").toString());
    assertEquals("[80]", datasets.getJsonObject(1).get("data").toString());
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
