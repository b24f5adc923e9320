package com.mtdconnect.platform;

import com.mtdconnect.testsupport.PayaraJvmOptions;
import com.mtdconnect.testsupport.PortalProcess;
import com.mtdconnect.testsupport.StaffClient;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times of the fleet overview and the tenant health dashboard with a large fleet, printed
 * as {@code [measure]} lines; run with {@code mvn -Pdashboard-bench} (README, "Dashboards").
 *
 * <p>Seeds {@code bench.tenants} tenants with {@code bench.devices} devices each (default 10,000 ×
 * 100 = 1,000,000) and what polling and health would have stored for them ({@link FleetSeed}) into
 * a fresh database, starts the demo portal on Payara Micro, signs {@code bench.users} staff in
 * (timed apart, before the phases) and lets them alternate between the fleet page and a random
 * tenant's dashboard with 1-3 s of think time for {@code bench.seconds}; then {@code
 * bench.closed.users} users request the same pages back to back (closed loop) for {@code
 * bench.closed.seconds}. Prints p50/p95/p99, throughput and errors per page and phase, then the
 * query plans of the heaviest statements.
 */
public final class DashboardBenchmark {
  private static final String FLEET = "/dashboard/fleet.xhtml";
  private static final String TENANT = "/dashboard/tenant.xhtml?tenant=";

  private final String base;
  private final List<Long> tenantIds;

  private DashboardBenchmark(String base, List<Long> tenantIds) {
    this.base = base;
    this.tenantIds = tenantIds;
  }

  public static void main(String[] args) {
    try {
      run();
      System.exit(0);
    } catch (Exception | AssertionError e) {
      // the users' and HTTP clients' threads would keep this JVM (and Maven) waiting forever
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run() throws Exception {
    int tenants = Integer.getInteger("bench.tenants", 10_000);
    int devices = Integer.getInteger("bench.devices", 100);
    Path work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
    Files.createDirectories(work);
    File war = new File(System.getProperty("bench.war"));
    BenchmarkDatabase database = new BenchmarkDatabase();
    database.migrateWith(war, work);
    long started = System.nanoTime();
    database.registerTenants(tenants);
    List<Long> ids;
    try (Connection c =
        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
      FleetSeed.fill(c, devices);
      ids = ids(c);
    }
    System.out.printf(
        "[bench] %,d tenants, %,d devices seeded in %d s into %s%n",
        tenants,
        (long) tenants * devices,
        (System.nanoTime() - started) / 1_000_000_000L,
        database.jdbcUrl());

    int port = PortalProcess.freePort();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("portal.base-url", "http://localhost:" + port);
    properties.put("db.url", database.jdbcUrl());
    properties.put("db.user", database.user());
    properties.put("db.password", database.password());
    // production's refresh of the fleet's figures (the demo artifact counts every 10 s)
    properties.put("portal.dashboard.refresh", System.getProperty("bench.refresh", "PT30S"));
    Path runDir = work.resolve("dashboards");
    List<String> jvm = jvmOptions();
    List<String> command =
        PortalProcess.command(
            new File(System.getProperty("bench.payaraJar")),
            war,
            port,
            runDir.resolve("payara").toFile(),
            jvm,
            properties,
            Optional.empty());
    System.out.println("[bench] portal JVM: " + String.join(" ", jvm));
    try (PortalProcess portal = PortalProcess.start(command, port, runDir.resolve("payara.log"))) {
      DashboardBenchmark bench = new DashboardBenchmark(portal.baseUrl(), ids);
      int users = Integer.getInteger("bench.users", 50);
      int closedUsers = Integer.getInteger("bench.closed.users", 8);
      // the users sign in first: the phases measure signed-in staff reading the dashboards
      List<StaffClient> signedIn = bench.signIn(Math.max(users, closedUsers));
      // a JVM that just started interprets and compiles the pages' code: printed, not the goal's
      bench
          .phase(
              "think time",
              signedIn.subList(0, users),
              Integer.getInteger("bench.warmup", 120),
              Integer.getInteger("bench.seconds", 120),
              true)
          .print();
      bench
          .phase(
              "closed loop",
              signedIn.subList(0, closedUsers),
              0,
              Integer.getInteger("bench.closed.seconds", 30),
              false)
          .print();
      System.out.printf(
          "[measure] portal JVM resident after the phases %d MB (peak %d MB)%n",
          portal.residentMegabytes(), portal.peakResidentMegabytes());
    }
    try (Connection c =
        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
      FleetSeed.plans(c, ids.get(ids.size() / 2)).forEach(p -> System.out.println("[plan] " + p));
    }
  }

  /**
   * {@code bench.jvm} (a space-separated list), else the options the README gives a fleet of this
   * size, else the shipped ones with {@code bench.xmx} as the heap cap.
   */
  private static List<String> jvmOptions() {
    String given = System.getProperty("bench.jvm", "").trim();
    if (!given.isEmpty()) {
      return List.of(given.split("\\s+"));
    }
    String xmx = System.getProperty("bench.xmx", "").trim();
    return xmx.isEmpty() ? PayaraJvmOptions.LARGE_FLEET : PayaraJvmOptions.shippedWithHeap(xmx);
  }

  private static List<Long> ids(Connection c) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM tenant");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    return ids;
  }

  /** One page's response: when it was asked for (ms into the phase) and how long it took. */
  private record Sample(long at, long millis) {}

  /**
   * The latencies of one phase, per page: the users' first {@code warmup} seconds are printed apart
   * and not counted (the users go on without a pause, so the measured part starts with no burst).
   */
  private record Phase(
      String name,
      int users,
      int warmup,
      int seconds,
      Map<String, List<Sample>> samples,
      AtomicLong errors) {
    private static final int WINDOW_SECONDS = 30;

    void print() {
      samples.forEach(
          (page, values) -> {
            if (warmup > 0) {
              printRange(name + " (warm-up, not counted)", page, values, 0, warmup);
            }
            printRange(name, page, values, warmup, seconds);
            if (warmup + seconds > WINDOW_SECONDS) {
              printWindows(page, values);
            }
          });
      System.out.printf("[measure] %s: %d errors (warm-up included)%n", name, errors.get());
    }

    private void printRange(
        String label, String page, List<Sample> values, int fromSecond, int length) {
      List<Long> sorted =
          sortedMillis(values, fromSecond * 1000L, (fromSecond + (long) length) * 1000L);
      System.out.printf(
          Locale.ROOT,
          "[measure] %s, %d users, %d s: %s: %d requests (%.1f/s), p50 %d ms, p95 %d ms,"
              + " p99 %d ms, max %d ms%n",
          label,
          users,
          length,
          page,
          sorted.size(),
          sorted.size() / (double) length,
          at(sorted, 0.50),
          at(sorted, 0.95),
          at(sorted, 0.99),
          sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    /** p95 per window, warm-up first: shows whether the slow responses cluster or spread. */
    private void printWindows(String page, List<Sample> values) {
      List<String> windows = new ArrayList<>();
      long total = (warmup + (long) seconds) * 1000L;
      for (long from = 0; from < total; from += WINDOW_SECONDS * 1000L) {
        List<Long> in = sortedMillis(values, from, from + WINDOW_SECONDS * 1000L);
        windows.add(in.isEmpty() ? "-" : at(in, 0.95) + " (" + in.size() + ")");
      }
      System.out.printf(
          Locale.ROOT,
          "[measure] %s: %s p95 per %d s from the first request (requests): %s ms%n",
          name,
          page,
          WINDOW_SECONDS,
          String.join(", ", windows));
    }

    private static List<Long> sortedMillis(List<Sample> values, long from, long to) {
      List<Long> sorted;
      synchronized (values) {
        sorted =
            values.stream()
                .filter(v -> v.at() >= from && v.at() < to)
                .map(Sample::millis)
                .sorted()
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
      }
      return sorted;
    }

    private static long at(List<Long> sorted, double quantile) {
      return sorted.isEmpty()
          ? 0
          : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
  }

  /**
   * Signs {@code users} staff in at once (all as the demo's MSP administrator); prints how long.
   */
  private List<StaffClient> signIn(int users) throws Exception {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<java.util.concurrent.Future<StaffClient>> pending = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      pending.add(
          pool.submit(
              () -> {
                StaffClient client = new StaffClient(StaffClient.newHttpClient(), base);
                client.signInAs("admin");
                return client;
              }));
    }
    List<StaffClient> clients = new ArrayList<>();
    for (java.util.concurrent.Future<StaffClient> each : pending) {
      clients.add(each.get());
    }
    pool.shutdown();
    System.out.printf(
        "[measure] %d users signed in at once in %d ms (not part of the phases)%n",
        users, (System.nanoTime() - started) / 1_000_000);
    return clients;
  }

  private Phase phase(
      String name, List<StaffClient> clients, int warmup, int seconds, boolean thinkTime)
      throws Exception {
    int users = clients.size();
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    samples.put("fleet", Collections.synchronizedList(new ArrayList<>()));
    samples.put("tenant", Collections.synchronizedList(new ArrayList<>()));
    AtomicLong errors = new AtomicLong();
    long begin = System.nanoTime();
    long end = begin + TimeUnit.SECONDS.toNanos(warmup + (long) seconds);
    ExecutorService pool = Executors.newFixedThreadPool(users);
    for (StaffClient client : clients) {
      pool.submit(
          () -> {
            try {
              while (System.nanoTime() < end) {
                timed(client, FLEET, "Fleet overview", begin, samples.get("fleet"), errors);
                think(thinkTime);
                long tenant = tenantIds.get(ThreadLocalRandom.current().nextInt(tenantIds.size()));
                timed(
                    client,
                    TENANT + tenant,
                    "Health dashboard",
                    begin,
                    samples.get("tenant"),
                    errors);
                think(thinkTime);
              }
            } catch (Exception | AssertionError e) {
              errors.incrementAndGet(); // a user that cannot go on counts, and says why
              System.out.println("[bench] a user stopped: " + e);
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(warmup + seconds + 120L, TimeUnit.SECONDS);
    return new Phase(name, users, warmup, seconds, samples, errors);
  }

  private static void timed(
      StaffClient client,
      String path,
      String marker,
      long phaseBegin,
      List<Sample> into,
      AtomicLong errors)
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = client.get(path);
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (response.statusCode() != 200 || !response.body().contains(marker)) {
      errors.incrementAndGet();
    } else {
      into.add(new Sample((started - phaseBegin) / 1_000_000, ms));
    }
  }

  private static void think(boolean thinkTime) throws InterruptedException {
    if (thinkTime) {
      Thread.sleep(1000 + ThreadLocalRandom.current().nextInt(2000));
    }
  }
}
