package com.mtdconnect.policies;

import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.polling.boundary.JobHistory;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * Tenant rounds for the policy tests, inside the server: ask for one now ("Sync now", as the tenant
 * page does) and wait for it to be recorded; no sleeping through polling periods.
 */
final class PolicyRounds {
  private PolicyRounds() {}

  /** A finished round: its id, the kinds it ran (with their summaries) and its HTTP requests. */
  record Round(long id, String outcome, String kinds, int requests) {

    /** The names of the kinds that ran. */
    java.util.Set<String> kindNames() {
      java.util.Set<String> names = new java.util.TreeSet<>();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?:^|; )([a-z-]+): ").matcher(kinds);
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }
  }

  /** The newest recorded round of the tenant, or an empty one (id 0). */
  static Round last(long tenant) {
    try (Connection db = db();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT id, outcome, kinds, requests FROM poll_round WHERE tenant_id = ?"
                    + " ORDER BY id DESC LIMIT 1")) {
      q.setLong(1, tenant);
      try (ResultSet r = q.executeQuery()) {
        return r.next()
            ? new Round(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4))
            : new Round(0, "", "", 0);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a round after {@code afterId} (the first round after consent, say). */
  static Round awaitAfter(long tenant, long afterId) {
    return await(Duration.ofSeconds(60), () -> last(tenant), r -> r.id() > afterId);
  }

  /** Requests a round now (again while one is running) and waits until it is recorded. */
  static Round syncNow(long tenant) {
    JobHistory history = CDI.current().select(JobHistory.class).get();
    long before = last(tenant).id();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!history.syncNow(tenant)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the tenant's round never became free to run again");
      }
      pause();
      before = last(tenant).id();
    }
    return awaitAfter(tenant, before);
  }

  static <T> T await(Duration max, Supplier<T> read, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + max.toNanos();
    T value = read.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + max + ": " + value);
      }
      pause();
      value = read.get();
    }
    return value;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Connection db() throws Exception {
    return ((DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME)).getConnection();
  }
}
