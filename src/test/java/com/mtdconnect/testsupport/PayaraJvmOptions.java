package com.mtdconnect.testsupport;

import java.util.List;

/**
 * The JVM options the portal's Payara Micro runs with: the demo launcher and the start-up benchmark
 * use this list; {@code src/test/resources/arquillian.xml} and {@code docker/Dockerfile} repeat it
 * (PayaraJvmOptionsTest keeps the copies equal).
 */
public final class PayaraJvmOptions {

  /** What the demo, the tests and the benchmark's "before" ran with until issue 10. */
  public static final String BEFORE_ISSUE_10 = "-Xmx768m -XX:+UseSerialGC";

  /** The options shipped now. */
  public static final List<String> SHIPPED = List.of("-Xmx768m", "-XX:+UseSerialGC");

  private PayaraJvmOptions() {}
}
