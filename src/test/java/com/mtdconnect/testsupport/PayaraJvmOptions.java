package com.mtdconnect.testsupport;

import java.util.List;

/**
 * The JVM options the portal's Payara Micro runs with, chosen for start time and memory on a 2-core
 * machine (README, "Benchmarks"): a heap cap, as the portal holds about 110 MB of live objects
 * after start and Payara's deployment would otherwise grow the heap towards the old cap of 768 MB
 * and keep it resident; the serial collector (one core's worth of GC threads, no remembered sets);
 * and the client compiler only, so that no C2 compiler threads compete with the deployment for the
 * two cores (steady-state code is somewhat slower; the portal waits on the database and on
 * Microsoft, not on its CPU). The demo launcher and the start-up benchmark use this list; {@code
 * src/test/resources/arquillian.xml} and {@code docker/Dockerfile} repeat it, and {@code
 * PayaraJvmOptionsTest} keeps those copies equal.
 */
public final class PayaraJvmOptions {

  /** What the demo, the tests and the benchmark's "before" ran with until issue 10. */
  public static final String BEFORE_ISSUE_10 = "-Xmx768m -XX:+UseSerialGC";

  /** The options shipped now. */
  public static final List<String> SHIPPED =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private PayaraJvmOptions() {}
}
