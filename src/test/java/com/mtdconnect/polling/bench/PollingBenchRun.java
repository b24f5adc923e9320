package com.mtdconnect.polling.bench;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.onboarding.control.OnboardingSettings;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.polling.control.PollingEngine;
import com.mtdconnect.polling.control.PollingSettings;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.RequestCount;
import com.mtdconnect.testsupport.MovableClock;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * The polling benchmark inside the portal (see {@code PollingBenchmark}): seeds the tenants, lets
 * the real engine poll them for the periods asked for and measures. db-scheduler keeps real time
 * (its leases and heartbeats are compared across nodes), so instead of waiting out a period the run
 * moves the portal's and the simulator's clock forward by the period and moves every waiting tenant
 * round's due time back by the same amount: what remains to wait is only the work itself. Figures
 * go to {@link #lines()}; the last is {@code RESULT key=value …}.
 */
final class PollingBenchRun implements Runnable {

  /** The sync frequency the tenants are seeded with (onboarding's MINUTES_15). */
  static final Duration PERIOD = Duration.ofMinutes(15);

  private static final String BENCH = "t.notes = '" + BenchTenants.AUTHOR + "'";
  private static final String BENCH_TASKS =
      "scheduled_tasks st JOIN tenant t ON t.id = CAST(st.task_instance AS UNSIGNED)"
          + " AND st.task_name = '"
          + PollingEngine.TENANT_ROUND
          + "' AND "
          + BENCH;

  /** What to run. */
  record Options(int tenants, int periods, int naiveTenants, boolean consentPeriod, int first) {}

  private final Options options;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private volatile boolean done;

  private MicrosoftCloudSimulator cloud;
  private DataSource db;
  private MovableClock movable;
  private Clock clock;
  private PollingEngine engine;
  private List<BenchTenants.Seeded> tenants;

  PollingBenchRun(Options options) {
    this.options = options;
  }

  List<String> lines() {
    return lines;
  }

  boolean done() {
    return done;
  }

  @Override
  public void run() {
    try {
      measure();
    } catch (Exception | AssertionError e) {
      say("FAILED " + e);
      for (StackTraceElement s : e.getStackTrace()) {
        say("  at " + s);
      }
    } finally {
      done = true;
    }
  }

  private void measure() throws Exception {
    cloud = bean(SimulatorHolder.class).simulator();
    db = (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
    movable = bean(MovableClock.class);
    clock = bean(Clock.class);
    engine = bean(PollingEngine.class);
    if (!movable.drives(clock) || !engine.running()) {
      throw new IllegalStateException("needs the movable clock and a running polling engine");
    }
    say(
        String.format(
            "[measure] polling bench: node %s, %d polling threads, %d processors, load average %s",
            bean(PollingSettings.class).nodeName(),
            bean(PollingSettings.class).threads(),
            Runtime.getRuntime().availableProcessors(),
            loadAverage()));
    long heapBefore = retainedHeap();
    long t = System.nanoTime();
    tenants =
        BenchTenants.seed(
            cloud,
            db,
            options.first(),
            options.tenants(),
            bean(OnboardingSettings.class).mtdPartnerId().orElseThrow());
    long users = tenants.stream().mapToLong(s -> s.sim().userCount()).sum();
    long devices = tenants.stream().mapToLong(s -> s.sim().deviceCount()).sum();
    say(
        String.format(
            "[measure] polling bench: seeded %,d tenants (%,d users, %,d devices in the simulated"
                + " directories) in %.1f s wall; sync frequency %s; retained heap before seeding"
                + " %d MB (portal + simulator with %,d simulated tenants)",
            tenants.size(),
            users,
            devices,
            seconds(System.nanoTime() - t),
            PERIOD,
            heapBefore >> 20,
            cloud.tenants().size()));

    // first sync: every tenant due now
    LocalDateTime start = portalNow();
    Snapshot before = snapshot();
    for (BenchTenants.Seeded s : tenants) {
      engine.syncNow(s.id());
    }
    Period first = awaitPeriod("first sync (full enumeration by delta)", start, before, PERIOD);

    List<Period> idle = new ArrayList<>();
    long[] idleByTenant = null;
    for (int k = 1; k <= options.periods(); k++) {
      Snapshot s = snapshot();
      LocalDateTime at = nextPeriod();
      Period p = awaitPeriod("idle period " + k, at, s, PERIOD);
      idle.add(p);
      idleByTenant = p.graphByTenant;
    }

    Visibility change = changeVisibility();

    Period consent = null;
    if (options.consentPeriod()) {
      sql(
          "DELETE k FROM poll_kind_success k JOIN tenant t ON t.id = k.tenant_id"
              + " WHERE k.kind = 'consent' AND "
              + BENCH);
      Snapshot s = snapshot();
      LocalDateTime at = nextPeriod();
      consent =
          awaitPeriod(
              "consent check due (every round with the default drift interval PT15M)",
              at,
              s,
              PERIOD);
    }

    Naive naive = naive(idleByTenant);
    long heapAfter = retainedHeap();
    double worstIdle = idle.stream().mapToDouble(Period::graphPerTenant).max().orElse(0);
    long worstBacklog = idle.stream().mapToLong(p -> p.backlogAtEnd).max().orElse(0);
    boolean allDone = idle.stream().allMatch(p -> p.allDone) && first.allDone;
    boolean allSucceeded = idle.stream().allMatch(p -> p.succeeded == p.rounds);
    say(
        String.format(
            "[measure] polling bench: retained heap after the run %d MB (portal + simulator;"
                + " before seeding %d MB)",
            heapAfter >> 20, heapBefore >> 20));
    say(
        String.format(
            Locale.ROOT,
            "RESULT tenants=%d devices=%d periodSeconds=%d idleRequestsPerTenant=%.3f"
                + " backlogAtPeriodEnd=%d allRoundsWithinPeriod=%b allIdleRoundsSucceeded=%b"
                + " changeVisibleMs=%d changeVisibleAfterRoundMs=%d naiveRatio=%.1f"
                + " firstSyncWallSeconds=%.1f idleWallSeconds=%.1f consentRequestsPerTenant=%.3f"
                + " consentRoundsSucceeded=%b",
            tenants.size(),
            devices,
            PERIOD.toSeconds(),
            worstIdle,
            worstBacklog,
            allDone,
            allSucceeded,
            change.delay.toMillis(),
            change.sinceRound.toMillis(),
            naive == null ? 0 : naive.ratio,
            first.wallSeconds,
            idle.stream().mapToDouble(p -> p.wallSeconds).max().orElse(0),
            consent == null ? 0 : consent.graphPerTenant(),
            consent != null && consent.allDone && consent.succeeded == consent.rounds));
  }

  // ---- periods

  /** Moves to the next period: portal and simulated clock on, waiting rounds' due times back. */
  private LocalDateTime nextPeriod() throws SQLException {
    return moveOn(PERIOD);
  }

  /** Moves the portal's and simulated clock on by {@code by} and the waiting rounds with it. */
  private LocalDateTime moveOn(Duration by) throws SQLException {
    movable.advance(by);
    LocalDateTime at = portalNow();
    try (Connection c = db.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "UPDATE "
                    + BENCH_TASKS
                    + " SET st.execution_time = st.execution_time - INTERVAL ? MICROSECOND,"
                    + " st.version = st.version + 1 WHERE st.picked = 0")) {
      p.setLong(1, by.toNanos() / 1_000);
      p.executeUpdate();
    }
    return at;
  }

  /** What one period cost. */
  private static final class Period {
    String name;
    int tenants;
    long rounds;
    long succeeded;
    long changes;
    long maxRoundMs;
    long graph;
    long steps;
    long token;
    long[] graphByTenant;
    double wallSeconds;
    double cpuSeconds;
    double httpThreadCpuSeconds;
    double gcSeconds;
    long maxBacklog;
    long backlogAtEnd;
    long maxHeapMb;
    boolean allDone;

    double graphPerTenant() {
      return tenants == 0 ? 0 : (double) graph / tenants;
    }
  }

  /**
   * Waits until every tenant had its round of the period (started at or after {@code since} on the
   * portal's clock) and none is due or running, sampling the backlog and heap; gives up when the
   * work takes longer than the period itself (then the rounds were not done within it).
   */
  private Period awaitPeriod(String name, LocalDateTime since, Snapshot before, Duration limit)
      throws Exception {
    Period p = new Period();
    p.name = name;
    p.tenants = tenants.size();
    long deadline = before.nanos + limit.toNanos();
    long[] backlog;
    while (true) {
      backlog = backlog();
      p.maxBacklog = Math.max(p.maxBacklog, backlog[0]);
      p.maxHeapMb =
          Math.max(
              p.maxHeapMb,
              ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
      long polled = polledSince(since);
      if (polled >= tenants.size() && backlog[0] == 0 && backlog[1] == 0) {
        p.allDone = true;
        break;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(200);
    }
    Snapshot after = snapshot();
    p.backlogAtEnd = p.allDone ? 0 : tenants.size() - polledSince(since);
    p.wallSeconds = seconds(after.nanos - before.nanos);
    p.cpuSeconds = seconds(after.cpuNanos - before.cpuNanos);
    p.httpThreadCpuSeconds = seconds(after.httpCpuNanos - before.httpCpuNanos);
    p.gcSeconds = (after.gcMillis - before.gcMillis) / 1000.0;
    p.graph = after.graph - before.graph;
    p.steps = after.steps - before.steps;
    p.token = after.token - before.token;
    p.graphByTenant = new long[tenants.size()];
    for (int i = 0; i < tenants.size(); i++) {
      p.graphByTenant[i] = after.graphByTenant[i] - before.graphByTenant[i];
    }
    long[] rounds =
        numbers(
            "SELECT COUNT(*), COALESCE(SUM(r.outcome = 'SUCCEEDED'), 0),"
                + " COALESCE(SUM(r.changes), 0), COALESCE(MAX(r.duration_ms), 0)"
                + " FROM poll_round r JOIN tenant t ON t.id = r.tenant_id"
                + " WHERE r.started_at >= ? AND "
                + BENCH,
            q -> q.setTimestamp(1, Timestamp.valueOf(since)));
    p.rounds = rounds[0];
    p.succeeded = rounds[1];
    p.changes = rounds[2];
    p.maxRoundMs = rounds[3];
    long[] spread = spread(p.graphByTenant);
    say(
        String.format(
            Locale.ROOT,
            "[measure] polling bench, %s: simulated time %s (clock moved, not waited); wall time"
                + " %.1f s for %d rounds of %d tenants (%d succeeded, %d changes, longest round %d"
                + " ms): %s the period; backlog (due, not started) at most %d, at the period's"
                + " end %d",
            name,
            PERIOD,
            p.wallSeconds,
            p.rounds,
            p.tenants,
            p.succeeded,
            p.changes,
            p.maxRoundMs,
            p.allDone
                ? String.format(
                    Locale.ROOT,
                    "all done within %.1f %% of",
                    100 * p.wallSeconds / PERIOD.toSeconds())
                : "NOT all done within",
            p.maxBacklog,
            p.backlogAtEnd));
    say(
        String.format(
            Locale.ROOT,
            "[measure] polling bench, %s: Graph HTTP requests counted by the simulator %,d ="
                + " %.3f per tenant (min %d, median %d, max %d; %,d $batch steps inside; %,d token"
                + " requests)",
            name,
            p.graph,
            p.graphPerTenant(),
            spread[0],
            spread[1],
            spread[2],
            p.steps,
            p.token));
    say(
        String.format(
            Locale.ROOT,
            "[measure] polling bench, %s: CPU %.1f s of the portal's JVM in %.1f s wall (%.2f"
                + " cores; %.1f s of it on HTTP threads, i.e. the simulator answering; GC %.1f s);"
                + " spread over the %s period: %.3f cores; heap used at most %d MB",
            name,
            p.cpuSeconds,
            p.wallSeconds,
            p.wallSeconds == 0 ? 0 : p.cpuSeconds / p.wallSeconds,
            p.httpThreadCpuSeconds,
            p.gcSeconds,
            PERIOD,
            p.cpuSeconds / PERIOD.toSeconds(),
            p.maxHeapMb));
    return p;
  }

  private static long[] spread(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted.length == 0
        ? new long[3]
        : new long[] {sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]};
  }

  /**
   * Tenants of the benchmark whose round of the period succeeded (a failed round is retried with
   * backoff within the period).
   */
  private long polledSince(LocalDateTime since) throws SQLException {
    return numbers(
        "SELECT COUNT(DISTINCT r.tenant_id) FROM poll_round r JOIN tenant t ON t.id ="
            + " r.tenant_id WHERE r.started_at >= ? AND r.outcome = 'SUCCEEDED' AND "
            + BENCH,
        q -> q.setTimestamp(1, Timestamp.valueOf(since)))[0];
  }

  /** Tenant rounds due and not started, and running, now. */
  private long[] backlog() throws SQLException {
    return numbers(
        "SELECT COALESCE(SUM(st.picked = 0 AND st.execution_time <= ?), 0),"
            + " COALESCE(SUM(st.picked), 0) FROM "
            + BENCH_TASKS,
        q ->
            q.setTimestamp(
                1,
                Timestamp.from(Instant.now()),
                Calendar.getInstance(TimeZone.getTimeZone("UTC"))));
  }

  private interface Parameters {
    void set(PreparedStatement query) throws SQLException;
  }

  /** The first row of a query whose columns are all numbers. */
  private long[] numbers(String sql, Parameters parameters) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      parameters.set(q);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        long[] row = new long[r.getMetaData().getColumnCount()];
        for (int i = 0; i < row.length; i++) {
          row[i] = r.getLong(i + 1);
        }
        return row;
      }
    }
  }

  // ---- change visibility

  private record Visibility(Duration delay, Duration sinceRound) {}

  /**
   * A member leaves MTD-Enroll in the tenant whose round comes first in the next period, after its
   * last round; then the clock (and every waiting round) moves on by exactly the time left until
   * that tenant's next round is due, so that the round runs when it would have run without the
   * move: how long until the portal's inventory no longer has the membership, on the portal's clock
   * (the time moved plus the wall time).
   */
  private Visibility changeVisibility() throws Exception {
    String instance;
    Instant due;
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT st.task_instance, st.execution_time FROM "
                    + BENCH_TASKS
                    + " ORDER BY st.execution_time LIMIT 1");
        ResultSet r = q.executeQuery()) {
      r.next();
      instance = r.getString(1);
      due = r.getTimestamp(2, Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant();
    }
    long tenantId = Long.parseLong(instance);
    BenchTenants.Seeded x =
        tenants.stream().filter(s -> s.id() == tenantId).findFirst().orElseThrow();
    String user;
    LocalDateTime roundEnded;
    try (Connection c = db.getConnection()) {
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT user_id FROM inventory_member WHERE tenant_id = ? AND group_id = ?"
                  + " ORDER BY user_id LIMIT 1")) {
        q.setLong(1, tenantId);
        q.setString(2, x.enrollGroup());
        try (ResultSet r = q.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException("tenant " + tenantId + " has no member in scope");
          }
          user = r.getString(1);
        }
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT started_at, duration_ms FROM poll_round WHERE tenant_id = ?"
                  + " ORDER BY id DESC LIMIT 1")) {
        q.setLong(1, tenantId);
        try (ResultSet r = q.executeQuery()) {
          r.next();
          roundEnded = r.getTimestamp(1).toLocalDateTime().plusNanos(r.getLong(2) * 1_000_000);
        }
      }
    }
    Snapshot before = snapshot();
    cloud.directory(x.sim()).removeMember(x.enrollGroup(), user);
    LocalDateTime changed = portalNow();
    Duration untilDue = Duration.between(Instant.now(), due);
    LocalDateTime at = moveOn(untilDue.isNegative() ? Duration.ZERO : untilDue);
    LocalDateTime visible = null;
    long deadline = System.nanoTime() + PERIOD.toNanos();
    while (visible == null && System.nanoTime() < deadline) {
      long stillThere =
          numbers(
              "SELECT COUNT(*) FROM inventory_member WHERE tenant_id = ? AND group_id = ?"
                  + " AND user_id = ?",
              q -> {
                q.setLong(1, tenantId);
                q.setString(2, x.enrollGroup());
                q.setString(3, user);
              })[0];
      if (stillThere == 0) {
        visible = portalNow();
      }
      if (visible == null) {
        Thread.sleep(50);
      }
    }
    if (visible == null) {
      throw new IllegalStateException("the removed member was still in the inventory");
    }
    Duration delay = Duration.between(changed, visible);
    Duration sinceRound = Duration.between(roundEnded, visible);
    say(
        String.format(
            Locale.ROOT,
            "[measure] polling bench, change visibility: a member left MTD-Enroll in tenant %d"
                + " %.1f s (portal clock) after its last round ended; the portal's inventory"
                + " dropped it %.1f s later (%.1f s moved on the clock, up to the round's due time,"
                + " + %.1f s wall); had the change come right as that round ended: %.1f s; target:"
                + " one period + 5 s = %d s",
            tenantId,
            seconds(Duration.between(roundEnded, changed).toNanos()),
            seconds(delay.toNanos()),
            seconds(untilDue.toNanos()),
            seconds(delay.minus(untilDue).toNanos()),
            seconds(sinceRound.toNanos()),
            PERIOD.plusSeconds(5).toSeconds()));
    awaitPeriod("idle period with the change", at, before, PERIOD);
    return new Visibility(delay, sinceRound);
  }

  // ---- the naive poller

  private record Naive(double ratio) {}

  private Naive naive(long[] idleByTenant) throws Exception {
    int k =
        options.naiveTenants() <= 0
            ? tenants.size()
            : Math.min(options.naiveTenants(), tenants.size());
    if (k == 0 || idleByTenant == null) {
      return null;
    }
    List<BenchTenants.Seeded> sample = tenants.subList(0, k);
    Snapshot before = snapshot();
    long devices =
        NaivePoller.enumerate(
            bean(GraphGateway.class), sample, bean(PollingSettings.class).threads());
    Snapshot after = snapshot();
    long naive = 0;
    long idle = 0;
    for (int i = 0; i < k; i++) {
      naive += after.graphByTenant[i] - before.graphByTenant[i];
      idle += idleByTenant[i];
    }
    double ratio = idle == 0 ? 0 : (double) naive / idle;
    double wall = seconds(after.nanos - before.nanos);
    say(
        String.format(
            Locale.ROOT,
            "[measure] polling bench, naive poller (users of the targeted groups, then each"
                + " user's devices; same gateway and simulator) on %,d tenants: %,d Graph requests"
                + " = %.1f per tenant for %,d devices, in %.1f s wall (%.1f s CPU); the last idle"
                + " round of the same tenants: %,d = %.3f per tenant; ratio %.1f : 1; every 15"
                + " minutes the naive poller would need %.1f requests/s for these tenants",
            k,
            naive,
            (double) naive / k,
            devices,
            wall,
            seconds(after.cpuNanos - before.cpuNanos),
            idle,
            (double) idle / k,
            ratio,
            naive / (double) PERIOD.toSeconds()));
    return new Naive(ratio);
  }

  // ---- measuring

  /** Counters at one moment. */
  private final class Snapshot {
    final long nanos = System.nanoTime();
    final long cpuNanos = processCpuNanos();
    final long httpCpuNanos = threadCpuNanos("http-thread-pool");
    final long gcMillis = gcMillis();
    long graph;
    long steps;
    long token;
    final long[] graphByTenant = new long[tenants.size()];

    Snapshot() {
      for (int i = 0; i < tenants.size(); i++) {
        RequestCount count = cloud.requests(tenants.get(i).sim());
        graph += count.graph();
        steps += count.batchSteps();
        token += count.token();
        graphByTenant[i] = count.graph();
      }
    }
  }

  private Snapshot snapshot() {
    return new Snapshot();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long threadCpuNanos(String namePart) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains(namePart)) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        sum += Math.max(0, cpu);
      }
    }
    return sum;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static long retainedHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private LocalDateTime portalNow() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement p = c.prepareStatement(statement)) {
      p.executeUpdate();
    }
  }

  private void say(String line) {
    lines.add(line);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }
}
