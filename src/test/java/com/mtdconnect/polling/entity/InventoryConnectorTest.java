package com.mtdconnect.polling.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InventoryConnectorTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 8, 0);

  @Test
  void aHeartbeatWithinTheThresholdIsResponsive() {
    InventoryConnector c = new InventoryConnector(1);
    assertTrue(c.read("enabled", NOW.minusDays(2), 3, true, true, 7, NOW));
    assertTrue(c.isResponsive());
    assertFalse(c.read("enabled", NOW.minusDays(2), 3, true, true, 7, NOW), "nothing new");
  }

  @Test
  void aHeartbeatOlderThanTheThresholdIsUnresponsiveWithTheReason() {
    InventoryConnector c = new InventoryConnector(1);
    c.read("enabled", NOW.minusDays(4), 3, true, true, 7, NOW);
    assertFalse(c.isResponsive());
    assertTrue(c.getReason().contains("more than 3 days"), c.getReason());
  }

  @Test
  void intuneSayingUnresponsiveWinsAndNoThresholdFallsBack() {
    InventoryConnector c = new InventoryConnector(1);
    c.read("unresponsive", NOW.minusHours(1), 0, true, false, 7, NOW);
    assertFalse(c.isResponsive());
    assertEquals(7, c.getThresholdDays());
  }

  @Test
  void aMissingConnectorSaysWhatToDo() {
    InventoryConnector c = new InventoryConnector(1);
    assertTrue(c.missing(NOW));
    assertFalse(c.isPresent());
    assertTrue(c.getReason().contains("provision"));
  }

  @Test
  void intuneInstallStatesMapOntoOurs() {
    assertEquals(InstallState.PENDING, InstallState.fromIntune("pendingInstall"));
    assertEquals(InstallState.FAILED, InstallState.fromIntune("uninstallFailed"));
    assertEquals(InstallState.NOT_APPLICABLE, InstallState.fromIntune("notApplicable"));
    assertEquals(InstallState.UNKNOWN, InstallState.fromIntune(null));
    assertTrue(InventoryDevice.reporting("secured"));
    assertFalse(InventoryDevice.reporting("unresponsive"));
  }

  @Test
  void thePartnerStateReadsInWords() {
    InventoryConnector c = new InventoryConnector(1);
    c.read("notSetUp", NOW.minusHours(1), 0, true, false, 7, NOW);
    assertEquals("Not set up", c.getPartnerStateLabel());
    c.read("unresponsive", NOW.minusHours(1), 0, true, false, 7, NOW);
    assertEquals("Unresponsive", c.getPartnerStateLabel());
    c.read("somethingNew", NOW.minusHours(1), 0, true, false, 7, NOW);
    assertEquals(
        "somethingNew", c.getPartnerStateLabel(), "a value Microsoft adds shows as it comes");
  }
}
