package com.mtdconnect.platform;

import com.mtdconnect.testsupport.PayaraJvmOptions;
import com.mtdconnect.testsupport.PortalProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Start time and memory of the portal on Payara Micro with 10,000 registered tenants, printed as
 * {@code [measure]} lines; run with {@code mvn -Pstartup-bench} (README, "Benchmarks"). With {@code
 * -Dbench.before=<older ROOT.war>} it measures that WAR with the JVM options shipped before as
 * well, interleaving the runs so both see the same machine load.
 *
 * <p>The first variant is started once to warm up (the first start on the fresh database seeds and
 * migrates, not counted), then every variant {@code bench.runs} times in turn; {@code
 * -Dbench.extra="label=options;..."} adds variants of the current WAR with other JVM options. Each
 * run starts a fresh Payara Micro JVM on a free loopback port, times process start to the first
 * {@code 200} of {@code /signin.xhtml}, reads the resident memory, loads pages (see {@link
 * PageTour}) and reads it again.
 */
public final class StartupBenchmark {

  private final File payaraJar;
  private final List<StartupVariant> variants;
  private final boolean demo;
  private final int runs;
  private final Path work;
  private final Map<StartupVariant, List<Measurement>> results = new LinkedHashMap<>();

  private StartupBenchmark(
      File payaraJar, List<StartupVariant> variants, boolean demo, int runs, Path work) {
    this.payaraJar = payaraJar;
    this.variants = variants;
    this.demo = demo;
    this.runs = runs;
    this.work = work;
  }

  /** What one run measured. */
  private record Measurement(double seconds, long rssAfterStart, long rssAfterPages, long peak) {}

  public static void main(String[] args) throws Exception {
    File payaraJar = new File(required("bench.payaraJar"));
    List<StartupVariant> variants = new ArrayList<>();
    String before = System.getProperty("bench.before", "");
    if (!before.isBlank()) {
      variants.add(
          new StartupVariant(
              "before",
              new File(before),
              StartupVariant.options(
                  property("bench.before.jvm", PayaraJvmOptions.BEFORE_ISSUE_10))));
    }
    File war = new File(required("bench.war"));
    for (String extra : property("bench.extra", "").split(";")) {
      if (extra.contains("=")) {
        String label = extra.substring(0, extra.indexOf('=')).trim();
        String options = extra.substring(extra.indexOf('=') + 1);
        variants.add(new StartupVariant(label, war, StartupVariant.options(options)));
      }
    }
    variants.add(
        new StartupVariant(
            "after",
            war,
            StartupVariant.options(
                property("bench.jvm", String.join(" ", PayaraJvmOptions.SHIPPED)))));
    String mode = property("bench.mode", "demo");
    int runs = Integer.getInteger("bench.runs", 3);
    int tenants = Integer.getInteger("bench.tenants", 10_000);
    Path work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
    Files.createDirectories(work);

    StartupBenchmark benchmark =
        new StartupBenchmark(payaraJar, variants, "demo".equals(mode), runs, work);
    benchmark.run(tenants, mode);
    System.exit(0);
  }

  private void run(int tenants, String mode) throws Exception {
    System.out.printf(
        "[bench] %d cores, load %s; portal.mode=%s, %,d tenants, %d runs per variant%n",
        Runtime.getRuntime().availableProcessors(), load(), mode, tenants, runs);
    variants.forEach(v -> System.out.println("[bench] variant " + v));
    BenchmarkDatabase database = new BenchmarkDatabase();
    for (StartupVariant variant : variants) {
      database.migrateWith(variant.war(), work);
    }
    database.registerTenants(tenants);
    System.out.printf("[bench] registered %,d tenants in %s%n", tenants, database.jdbcUrl());

    StartupVariant first = variants.get(0);
    Measurement warmUp = measure(first, database, "warm-up");
    System.out.printf(
        Locale.ROOT,
        "[bench] warm-up with %s (first start on this database, not counted): %.1f s%n",
        first.label(),
        warmUp.seconds());
    variants.forEach(v -> results.put(v, new ArrayList<>()));
    for (int run = 1; run <= runs; run++) {
      for (StartupVariant variant : variants) {
        String loadAtStart = load();
        Measurement m = measure(variant, database, "run-" + run);
        results.get(variant).add(m);
        System.out.printf(
            Locale.ROOT,
            "[bench] %s run %d/%d: first page %.1f s, RSS %d MB after start, %d MB after pages"
                + " (peak %d MB), load at start %s%n",
            variant.label(),
            run,
            runs,
            m.seconds(),
            m.rssAfterStart(),
            m.rssAfterPages(),
            m.peak(),
            loadAtStart);
      }
    }
    printSummary(tenants);
  }

  private Measurement measure(StartupVariant variant, BenchmarkDatabase database, String name)
      throws Exception {
    int port = PortalProcess.freePort();
    Path runDir = work.resolve(variant.label()).resolve(name);
    deleteRecursively(runDir);
    List<String> command =
        PortalProcess.command(
            payaraJar,
            variant.war(),
            port,
            runDir.resolve("payara").toFile(),
            variant.jvmOptions(),
            systemProperties(database, port),
            Optional.empty());
    try (PortalProcess portal = PortalProcess.start(command, port, runDir.resolve("payara.log"))) {
      Duration firstPage = portal.timeToFirstPage();
      long afterStart = portal.residentMegabytes();
      new PageTour(demo, 3).walk(portal.baseUrl());
      return new Measurement(
          firstPage.toMillis() / 1000.0,
          afterStart,
          portal.residentMegabytes(),
          portal.peakResidentMegabytes());
    }
  }

  /**
   * The configuration a real installation passes: the database, the public URL and, in production
   * mode, the staff sign-in app registration (placeholders: nobody signs in during the benchmark).
   */
  private Map<String, String> systemProperties(BenchmarkDatabase database, int port) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("portal.base-url", "http://localhost:" + port);
    properties.put("db.url", database.jdbcUrl());
    properties.put("db.user", database.user());
    properties.put("db.password", database.password());
    if (demo) {
      // the WARs before issue 10 chose demo mode by this property; the demo artifact needs nothing
      properties.put("portal.mode", "demo");
    } else {
      properties.put("portal.secrets.key", "Ym9uY2htYXJrLW9ubHktc2VjcmV0cy1rZXktMzJieXQ=");
      properties.put("staff-signin.tenant-id", "11111111-1111-1111-1111-111111111111");
      properties.put("staff-signin.client-id", "22222222-2222-2222-2222-222222222222");
      properties.put("staff-signin.client-secret", "benchmark-placeholder");
      properties.put("portal.bootstrap-admin.group", "33333333-3333-3333-3333-333333333333");
      properties.put("entra.client-id", "00000000-0000-0000-0000-000000000000");
    }
    return properties;
  }

  private void printSummary(int tenants) {
    System.out.printf(
        "[bench] --- %,d tenants, %d runs per variant, load now %s ---%n", tenants, runs, load());
    results.forEach(
        (variant, measured) -> {
          System.out.printf(
              Locale.ROOT,
              "[measure] %s: start to first page: median %.1f s (runs %s)%n",
              variant.label(),
              median(measured.stream().map(Measurement::seconds).toList()),
              measured.stream()
                  .map(m -> String.format(Locale.ROOT, "%.1f", m.seconds()))
                  .collect(Collectors.joining(", ")));
          System.out.printf(
              Locale.ROOT,
              "[measure] %s: Payara RSS: median %.0f MB after start, %.0f MB after page loads"
                  + " (runs %s; peak %d MB)%n",
              variant.label(),
              median(measured.stream().map(m -> (double) m.rssAfterStart()).toList()),
              median(measured.stream().map(m -> (double) m.rssAfterPages()).toList()),
              measured.stream()
                  .map(m -> m.rssAfterStart() + "/" + m.rssAfterPages())
                  .collect(Collectors.joining(", ")),
              measured.stream().mapToLong(Measurement::peak).max().orElse(0));
        });
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name, "");
    return value.isBlank() ? fallback : value;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Missing -D" + property + " (run with: mvn -Pstartup-bench)");
    }
    return value;
  }
}
