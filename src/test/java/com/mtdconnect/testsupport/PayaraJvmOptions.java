package com.mtdconnect.testsupport;

import java.util.List;

/**
 * The JVM options the portal's Payara Micro runs with, chosen for start time and memory on a 2-core
 * machine (README, "Benchmarks"): a heap cap, as the portal holds about 110 MB of live objects
 * after start and Payara's deployment would otherwise grow the heap towards the old cap of 768 MB
 * and keep it resident; but not below 448 MB with a 96 MB young generation, because while it
 * deploys the WAR Payara holds about 300 MB (its class model of the libraries, most of it the Graph
 * SDK's 40,000 classes): with 384 MB the old generation filled and about 12 full collections ran
 * during each start. A metaspace high-water mark of 160 MB (the portal uses about 110 MB) saves the
 * full collections the JVM otherwise runs each time the loaded classes pass the previous mark: with
 * both, one full collection per start. The serial collector (one core's worth of GC threads, no
 * remembered sets); and the client compiler only, so that no C2 compiler threads compete with the
 * deployment for the two cores (steady-state code is somewhat slower; the portal waits on the
 * database and on Microsoft, not on its CPU). The demo launcher and the start-up benchmark use this
 * list; {@code src/test/resources/arquillian.xml} and {@code docker/Dockerfile} repeat it, and
 * {@code PayaraJvmOptionsTest} keeps those copies equal.
 */
public final class PayaraJvmOptions {

  /** What the demo, the tests and the benchmark's "before" ran with until issue 10. */
  public static final String BEFORE_ISSUE_10 = "-Xmx768m -XX:+UseSerialGC";

  /** The options shipped now. */
  public static final List<String> SHIPPED =
      List.of(
          "-Xmx448m",
          "-Xmn96m",
          "-XX:MetaspaceSize=160m",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1");

  /**
   * What the README's production section gives a fleet of about 10,000 tenants, and what the
   * dashboard benchmark runs with: a larger heap and the server compiler.
   */
  public static final List<String> LARGE_FLEET =
      List.of("-Xmx1g", "-XX:MetaspaceSize=160m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50");

  /**
   * The shipped options with another heap cap ({@code xmx} as in {@code -Xmx}, e.g. {@code 1g}).
   */
  public static List<String> shippedWithHeap(String xmx) {
    return SHIPPED.stream().map(o -> o.startsWith("-Xmx") ? "-Xmx" + xmx : o).toList();
  }

  private PayaraJvmOptions() {}
}
