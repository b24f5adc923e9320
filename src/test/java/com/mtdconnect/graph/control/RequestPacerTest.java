package com.mtdconnect.graph.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.graph.entity.Budget;
import com.mtdconnect.graph.entity.BudgetSettings;
import com.mtdconnect.graph.entity.WorkloadFamily;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pacer's shared app-wide budgets and its reaction to Microsoft's signals. */
class RequestPacerTest {

  private static final Budget GENEROUS = new Budget(100_000, Duration.ofSeconds(1));

  private static long millisFor(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aNearLimitHeaderSlowsTheAppsPaceInProportionAndItRecovers() {
    // 100 requests/s for the app, burst 20; tenants unlimited
    RequestPacer pacer =
        new RequestPacer(
            BudgetSettings.uniform(
                GENEROUS, new Budget(200, Duration.ofSeconds(2)), Duration.ofSeconds(30)));
    Runnable forty =
        () -> {
          for (int i = 0; i < 40; i++) {
            pacer.acquire("tenant-" + (i % 4), WorkloadFamily.INTUNE_APPS, 1);
          }
        };
    millisFor(forty); // spends the burst
    long steady = millisFor(forty);
    assertEquals(1.0, pacer.appPace(), 1e-9);

    pacer.nearLimit("tenant-1", WorkloadFamily.INTUNE_APPS, 1.8);
    assertEquals(1, pacer.nearLimitSignals());
    double slowed = pacer.appPace();
    assertTrue(slowed < 0.45, "0.7 / 1.8 of the pace: " + slowed);
    long afterSignal = millisFor(forty);
    assertTrue(
        afterSignal >= steady * 1.5,
        "steady " + steady + " ms, after the signal " + afterSignal + " ms");
    assertTrue(pacer.appPace() > slowed, "the pace recovers without further signals");

    pacer.nearLimit("tenant-1", WorkloadFamily.INTUNE_APPS, 0.85);
    pacer.nearLimit("tenant-2", WorkloadFamily.INTUNE_APPS, 1.2);
    assertTrue(pacer.appPace() < 1, "cut again");
  }

  @Test
  void repeatedSignalsWithinATenthOfAWindowCutOnce() {
    RequestPacer pacer =
        new RequestPacer(
            BudgetSettings.uniform(
                GENEROUS, new Budget(100, Duration.ofSeconds(10)), Duration.ofSeconds(30)));
    pacer.nearLimit("t", WorkloadFamily.DIRECTORY, 1.0);
    double once = pacer.appPace();
    for (int i = 0; i < 50; i++) {
      pacer.nearLimit("t", WorkloadFamily.DIRECTORY, 1.0);
    }
    assertEquals(once, pacer.appPace(), 0.01, "fifty responses of one burst are one signal");
    assertTrue(once >= 0.69 && once <= 0.71, "0.7 / 1.0: " + once);
  }

  @Test
  void directoryResourceUnitsOfAllTenantsShareTheAppsIdentityBudget() {
    // the app may spend 100 units/s (burst 10) on the directory; every tenant has plenty
    RequestPacer pacer =
        new RequestPacer(
            BudgetSettings.uniform(GENEROUS, GENEROUS, Duration.ofSeconds(30))
                .withAppDirectory(new Budget(100, Duration.ofSeconds(1))));
    long intune =
        millisFor(
            () -> {
              for (int i = 0; i < 30; i++) {
                pacer.acquire("tenant-" + i, WorkloadFamily.INTUNE_DEVICES, 1);
              }
            });
    assertTrue(intune < 200, "Intune requests spend no identity units: " + intune + " ms");
    long directory =
        millisFor(
            () -> {
              // 30 tenants, 5 units each (transitiveMembers): 150 units at 100 units/s
              for (int i = 0; i < 30; i++) {
                pacer.acquire("tenant-" + i, WorkloadFamily.DIRECTORY, 5);
              }
            });
    assertTrue(directory >= 1300, "140 units beyond the burst at 100/s: " + directory + " ms");
  }

  @Test
  void anAppWide429PausesEveryTenantAndATenants429OnlyThatTenant() {
    RequestPacer pacer =
        new RequestPacer(BudgetSettings.uniform(GENEROUS, GENEROUS, Duration.ofSeconds(30)));
    pacer.pause("busy", WorkloadFamily.DIRECTORY, Duration.ofMillis(400));
    assertTrue(millisFor(() -> pacer.acquire("other", WorkloadFamily.DIRECTORY, 1)) < 100);
    assertTrue(millisFor(() -> pacer.acquire("busy", WorkloadFamily.DIRECTORY, 1)) >= 300);
    pacer.pauseApp(Duration.ofMillis(400));
    assertTrue(millisFor(() -> pacer.acquire("other", WorkloadFamily.INTUNE_APPS, 1)) >= 300);
  }

  @Test
  void theHeadersAreReadAsMicrosoftDocumentsThem() {
    assertTrue(PacingInterceptor.isAppWide("Application/Read/3c9a1f5e-7b2d-4e8a"));
    assertFalse(PacingInterceptor.isAppWide("Tenant_Application/ReadWrite/app/tenant"));
    assertFalse(PacingInterceptor.isAppWide(null));
    assertEquals(0.85, PacingInterceptor.nearLimitShare("0.85").getAsDouble(), 1e-9);
    assertTrue(PacingInterceptor.nearLimitShare("soon").isEmpty());
    assertTrue(PacingInterceptor.nearLimitShare(null).isEmpty());
  }
}
