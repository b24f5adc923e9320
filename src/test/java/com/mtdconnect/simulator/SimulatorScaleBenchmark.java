package com.mtdconnect.simulator;

import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.util.Arrays;

/**
 * Generates 10,000 tenants (about a million devices) and prints generation time and retained heap.
 * Run with {@code mvn -o -Pbench} (see pom.xml); arguments: tenant count, seed.
 */
public final class SimulatorScaleBenchmark {

  private SimulatorScaleBenchmark() {}

  public static void main(String[] args) {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    long before = retainedHeap();
    long started = System.nanoTime();
    MicrosoftCloudSimulator simulator =
        MicrosoftCloudSimulator.create(SimulatorConfig.of(seed, tenants));
    long generationMillis = (System.nanoTime() - started) / 1_000_000;
    long after = retainedHeap();

    long users = 0;
    long devices = 0;
    long groups = 0;
    int[] sizes = new int[tenants];
    for (SimulatedTenant t : simulator.tenants()) {
      users += t.userCount();
      devices += t.deviceCount();
      groups += t.generatedGroupCount();
      sizes[t.index()] = t.userCount();
    }
    Arrays.sort(sizes);

    long materialiseStart = System.nanoTime();
    long ios = 0;
    for (SimulatedTenant t : simulator.tenants()) {
      TenantDirectory directory = simulator.directory(t);
      for (int d = 0; d < t.deviceCount(); d++) {
        if (directory.device(d).isIos()) {
          ios++;
        }
      }
    }
    long materialiseMillis = (System.nanoTime() - materialiseStart) / 1_000_000;

    System.out.printf("tenants:                 %,d (seed %d)%n", tenants, seed);
    System.out.printf("users:                   %,d%n", users);
    System.out.printf(
        "devices:                 %,d (iOS %.1f %%)%n", devices, 100.0 * ios / devices);
    System.out.printf("groups:                  %,d%n", groups);
    System.out.printf(
        "users per tenant:        median %d, p90 %d, p99 %d, max %d%n",
        sizes[tenants / 2], sizes[tenants * 9 / 10], sizes[tenants * 99 / 100], sizes[tenants - 1]);
    System.out.printf(
        "tenants with 10-500 users: %.1f %%%n",
        100.0 * Arrays.stream(sizes).filter(s -> s >= 10 && s <= 500).count() / tenants);
    System.out.printf("generation time:         %,d ms%n", generationMillis);
    System.out.printf("retained heap:           %,.1f MB%n", (after - before) / 1048576.0);
    System.out.printf(
        "materialise every device: %,d ms (%.0f ns per device)%n",
        materialiseMillis, materialiseMillis * 1e6 / devices);
    if (simulator.tenants().isEmpty()) {
      System.out.println("no tenants");
    }
  }

  private static long retainedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
