package com.mtdconnect.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.provisioning.control.DesiredState;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.TargetGroup;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app configuration provisioning wants keeps the keys a published policy wrote into it. */
class DesiredStateTest {
  private static final ProvisioningIntent IOS_ONLY =
      new ProvisioningIntent(
          EnumSet.of(Platform.IOS),
          List.of(new TargetGroup("g-sales", "Sales")),
          List.of(),
          ThreatLevel.LOW);

  @Test
  void thePublishedPolicyKeysAreLaidOverTheCataloguesConfiguration() {
    DesiredState desired =
        new DesiredState(
            IOS_ONLY,
            ProvisioningApplyTest.catalogue("abc"),
            "partner",
            Map.of(Platform.IOS, Map.of("webProtection", "on", "serverUrl", "https://policy")));
    Map<String, String> settings =
        desired.spec(Platform.IOS, IntuneObjectKind.APP_CONFIGURATION, "app-1").settings();
    assertEquals(
        Map.of("tenantToken", "abc", "serverUrl", "https://policy", "webProtection", "on"),
        settings);
    assertEquals(
        Map.of("tenantToken", "abc", "serverUrl", "https://mtd.example"),
        new DesiredState(IOS_ONLY, ProvisioningApplyTest.catalogue("abc"), "partner")
            .spec(Platform.IOS, IntuneObjectKind.APP_CONFIGURATION, "app-1")
            .settings(),
        "without a published policy: the catalogue's keys");
  }
}
