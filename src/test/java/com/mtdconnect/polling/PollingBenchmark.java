package com.mtdconnect.polling;

import com.mtdconnect.polling.bench.PollingBenchServlet;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PayaraJvmOptions;
import com.mtdconnect.testsupport.PortalProcess;
import com.mtdconnect.testsupport.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The polling benchmark (issue 12; README, Polling → Benchmark): N simulated tenants on one node,
 * the real engine (db-scheduler on MariaDB), the real gateway (MSAL, Graph SDK, pacing) and real
 * HTTP to the simulator, at a 15-minute sync frequency for two periods and more. It starts the demo
 * WAR plus a test-only benchmark servlet on Payara Micro in a JVM of its own (the way operators
 * start it, on a fresh database), has the servlet seed and measure inside the portal, prints its
 * {@code [measure]} lines and returns the figures. Not a timed test: {@code PollingBenchmarkIT}
 * runs it small and checks the targets; {@code mvn -Ppolling-bench} runs it at full size.
 *
 * <p>System properties: {@code bench.tenants} (10,000), {@code bench.periods} (2 idle periods),
 * {@code bench.naive} (tenants the naive poller enumerates, 0 = all), {@code bench.consent} (true:
 * one more period with the consent check due), {@code bench.xmx} (the portal's heap cap, 448m as
 * shipped; the simulator lives in the same JVM), {@code bench.threads} ({@code
 * portal.polling.threads}, 8 as shipped).
 */
public final class PollingBenchmark {

  /** The benchmark's figures (the servlet's {@code RESULT} line). */
  public record Result(Map<String, String> figures, List<String> lines) {
    public double number(String key) {
      String v = figures.get(key);
      if (v == null) {
        throw new IllegalStateException("no " + key + " in the result: " + lines);
      }
      return Double.parseDouble(v);
    }

    public boolean flag(String key) {
      return Boolean.parseBoolean(figures.get(key));
    }
  }

  /** What to run. */
  public record Options(
      int tenants, int periods, int naiveTenants, boolean consentPeriod, String xmx, int threads) {

    static Options fromSystemProperties() {
      return new Options(
          Integer.getInteger("bench.tenants", 10_000),
          Integer.getInteger("bench.periods", 2),
          Integer.getInteger("bench.naive", 0),
          Boolean.parseBoolean(System.getProperty("bench.consent", "true")),
          System.getProperty("bench.xmx", "448m"),
          Integer.getInteger("bench.threads", 8));
    }
  }

  private PollingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Result result = run(Options.fromSystemProperties(), System.out);
    System.exit(result.figures().isEmpty() ? 1 : 0);
  }

  /** Runs the benchmark, printing its lines to {@code out}. */
  public static Result run(Options options, PrintStream out) throws Exception {
    Path work = Path.of(System.getProperty("portal.it.work", "target/it"), "polling-bench");
    Files.createDirectories(work);
    File war = work.resolve("polling-bench.war").toFile();
    Deployments.portalWithBenchmark(
            PollingBenchServlet.PATH, PollingBenchServlet.class.getPackage())
        .as(ZipExporter.class)
        .exportTo(war, true);
    TestDatabase database = TestDatabase.fresh();
    int port = PortalProcess.freePort();
    // simulated tenants: the demo's first 100, then enough for the benchmark's (most have the
    // MTD groups it needs)
    int simulated = 100 + options.tenants() + options.tenants() / 4 + 50;
    Map<String, String> properties = new HashMap<>();
    properties.put("portal.base-url", "http://localhost:" + port);
    properties.put("db.url", database.jdbcUrl());
    properties.put("db.user", database.user());
    properties.put("db.password", database.password());
    properties.put("simulator.tenants", String.valueOf(simulated));
    // the consent check is measured in a period of its own (bench.consent); the idle periods
    // measure the inventory kinds
    properties.put("portal.consent.drift-interval", "P1D");
    properties.put("portal.polling.threads", String.valueOf(options.threads()));
    List<String> jvm = PayaraJvmOptions.shippedWithHeap(options.xmx());
    List<String> command =
        PortalProcess.command(
            PortalProcess.payaraJar(),
            war,
            port,
            work.resolve("payara").toFile(),
            jvm,
            properties,
            Optional.empty());
    out.printf(
        "[measure] polling bench: %,d tenants, %d idle periods of 15 min, portal JVM %s,"
            + " database %s%n",
        options.tenants(),
        options.periods(),
        String.join(" ", jvm),
        database.jdbcUrl().replaceAll("password=[^&]*", "password=…"));
    long started = System.nanoTime();
    try (PortalProcess portal =
        PortalProcess.launch(command, port, Optional.of(work.resolve("payara.log")))) {
      portal.awaitFirstPage(Duration.ofMinutes(10)); // a loaded machine starts it slowly
      out.printf(
          "[measure] polling bench: portal started in %.1f s (RSS %d MB)%n",
          portal.timeToFirstPage().toMillis() / 1000.0, portal.residentMegabytes());
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = portal.baseUrl() + "/it/bench/";
      HttpRequest run =
          HttpRequest.newBuilder(
                  URI.create(
                      base
                          + "run?tenants="
                          + options.tenants()
                          + "&periods="
                          + options.periods()
                          + "&naive="
                          + options.naiveTenants()
                          + "&consent="
                          + options.consentPeriod()))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      HttpResponse<String> start = http.send(run, HttpResponse.BodyHandlers.ofString());
      // the first page may answer before every servlet of the deployment does
      for (int attempt = 0; attempt < 60 && start.statusCode() != 200; attempt++) {
        Thread.sleep(1_000);
        start = http.send(run, HttpResponse.BodyHandlers.ofString());
      }
      if (start.statusCode() != 200) {
        throw new IllegalStateException(
            "the benchmark did not start: " + start.statusCode() + " " + start.body());
      }
      List<String> lines = new ArrayList<>();
      long peakRss = 0;
      boolean done = false;
      while (!done) {
        Thread.sleep(1_000);
        peakRss = Math.max(peakRss, portal.residentMegabytes());
        HttpResponse<String> report =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "report?from=" + lines.size())).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String line : report.body().split("\n")) {
          if (line.isBlank()) {
            continue;
          }
          if (line.equals("DONE")) {
            done = true;
          } else {
            lines.add(line);
            out.println(line);
          }
        }
      }
      out.printf(
          "[measure] polling bench: portal RSS at the end %d MB, highest sampled %d MB, peak"
              + " (VmHWM) %d MB; the whole run took %.1f min wall%n",
          portal.residentMegabytes(),
          peakRss,
          portal.peakResidentMegabytes(),
          (System.nanoTime() - started) / 60e9);
      Map<String, String> figures = new HashMap<>();
      lines.stream()
          .filter(l -> l.startsWith("RESULT "))
          .findFirst()
          .ifPresent(
              l ->
                  Arrays.stream(l.substring(7).split(" "))
                      .map(kv -> kv.split("=", 2))
                      .forEach(kv -> figures.put(kv[0], kv[1])));
      return new Result(figures, lines);
    } catch (IOException e) {
      throw new IllegalStateException("see " + work.resolve("payara.log"), e);
    }
  }
}
