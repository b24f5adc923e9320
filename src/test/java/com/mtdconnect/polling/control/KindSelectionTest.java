package com.mtdconnect.polling.control;

import static com.mtdconnect.consent.entity.RequiredPermission.DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL;
import static com.mtdconnect.consent.entity.RequiredPermission.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL;
import static com.mtdconnect.consent.entity.RequiredPermission.DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL;
import static com.mtdconnect.consent.entity.RequiredPermission.GROUP_MEMBER_READ_ALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which kinds a round runs when the tenant's consent lacks permissions. */
class KindSelectionTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 8, 0);

  /** A kind with the given needs, due or not. */
  private record Kind(String name, Set<RequiredPermission> needs, boolean due)
      implements PollingKind {
    @Override
    public boolean isDue(RoundContext round) {
      return due;
    }

    @Override
    public KindResult run(RoundContext round) {
      throw new AssertionError("selection never runs a kind");
    }
  }

  private static final Kind ENROLLMENT =
      new Kind(
          "enrollment",
          Set.of(GROUP_MEMBER_READ_ALL, DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL),
          true);
  private static final Kind APP_STATUS =
      new Kind(
          "app-status",
          Set.of(DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL, DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL),
          true);
  private static final Kind CONNECTOR =
      new Kind(
          "connector-heartbeat", Set.of(DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL), true);
  private static final Kind CONSENT = new Kind("consent", Set.of(), true);

  private static RoundContext round(RequiredPermission... notGranted) {
    return new RoundContext(
        7L, "dir", 3L, NOW, Duration.ofMinutes(15), Map.of(), Set.of(notGranted));
  }

  @Test
  void aFullConsentRunsEveryDueKind() {
    RoundContext round = round();
    for (Kind k : List.of(ENROLLMENT, APP_STATUS, CONNECTOR, CONSENT)) {
      KindSelection.Choice c = KindSelection.of(k, round);
      assertTrue(c.runs(), k.name());
      assertFalse(c.skipped(), k.name());
    }
  }

  @Test
  void exactlyTheKindsNeedingAMissingPermissionAreSkippedAndTheOthersRun() {
    RoundContext round = round(DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL);
    KindSelection.Choice enrollment = KindSelection.of(ENROLLMENT, round);
    KindSelection.Choice appStatus = KindSelection.of(APP_STATUS, round);
    assertTrue(enrollment.skipped());
    assertTrue(appStatus.skipped());
    assertFalse(appStatus.runs());
    assertEquals(List.of(DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL), appStatus.lacking());
    assertTrue(KindSelection.of(CONNECTOR, round).runs());
    assertTrue(KindSelection.of(CONSENT, round).runs(), "the consent check needs nothing");
  }

  @Test
  void aKindLackingSeveralPermissionsNamesThemAllInCatalogOrder() {
    RoundContext round =
        round(DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL, DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL);
    KindSelection.Choice c = KindSelection.of(APP_STATUS, round);
    assertEquals(
        List.of(DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL, DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL),
        c.lacking());
    assertEquals(
        "app-status skipped: DeviceManagementManagedDevices.Read.All and"
            + " DeviceManagementApps.ReadWrite.All are not granted; send the customer a re-consent"
            + " link",
        KindSelection.skippedWords("app-status", c.lacking()));
    assertEquals(
        "app-status (DeviceManagementManagedDevices.Read.All, DeviceManagementApps.ReadWrite.All)",
        KindSelection.skippedEntry("app-status", c.lacking()));
  }

  @Test
  void aKindThatIsNotDueIsNeitherRunNorSkipped() {
    Kind idle = new Kind("policy-drift", Set.of(DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL), false);
    KindSelection.Choice c = KindSelection.of(idle, round(DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL));
    assertFalse(c.runs());
    assertFalse(c.skipped(), "nothing to skip: no work was due");
  }

  @Test
  void theSkipSaysWhichPermissionIsMissingAndTheReconsent() {
    assertEquals(
        "enrollment skipped: DeviceManagementManagedDevices.Read.All is not granted; send the"
            + " customer a re-consent link",
        KindSelection.skippedWords(
            "enrollment", List.of(DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL)));
  }
}
