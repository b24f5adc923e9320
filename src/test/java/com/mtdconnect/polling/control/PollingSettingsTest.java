package com.mtdconnect.polling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollingSettingsTest {

  private static PollingSettings settings(String heartbeat, int missed) {
    PollingSettings settings = new PollingSettings();
    settings.threads = 8;
    settings.nodeName = "node-a";
    settings.historyRetention = "P30D";
    settings.pollInterval = "PT5S";
    settings.heartbeat = heartbeat;
    settings.missedHeartbeats = missed;
    return settings;
  }

  @Test
  void theLeaseIsConfigurable() {
    PollingSettings settings = settings("PT1S", 5);
    settings.requireValid();
    assertEquals(Duration.ofSeconds(1), settings.heartbeat());
    assertEquals(5, settings.missedHeartbeats());
  }

  @Test
  void aLeaseDbSchedulerRefusesStopsTheStartWithTheSettingsName() {
    IllegalStateException tooFew =
        assertThrows(IllegalStateException.class, () -> settings("PT10S", 3).requireValid());
    assertTrue(
        tooFew.getMessage().contains("portal.polling.missed-heartbeats"), tooFew.getMessage());
    IllegalStateException notADuration =
        assertThrows(IllegalStateException.class, () -> settings("10s", 4).requireValid());
    assertTrue(
        notADuration.getMessage().contains("portal.polling.heartbeat"), notADuration.getMessage());
    assertThrows(IllegalStateException.class, () -> settings("PT0S", 4).requireValid());
  }
}
