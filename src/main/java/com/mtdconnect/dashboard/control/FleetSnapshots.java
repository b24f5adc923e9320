package com.mtdconnect.dashboard.control;

import com.mtdconnect.dashboard.entity.FleetSnapshot;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the fleet's snapshot on this node and has it counted again when it is older than {@code
 * portal.dashboard.refresh} (PT30S) or when the registry changed (asked at most once a second): the
 * fleet's dashboards then cost no SQL over the fleet per page, whatever its size.
 *
 * <p>Counting runs on the managed executor, one count at a time, while every page keeps answering
 * from the snapshot it has; only a node's very first count is waited for. A count that fails leaves
 * the last snapshot in place (the page says when it was counted) and is tried again on the next
 * page view.
 */
@ApplicationScoped
public class FleetSnapshots {
  private static final Logger LOG = Logger.getLogger(FleetSnapshots.class.getName());

  /** How often, at most, a page asks the database whether the registry changed. */
  static final Duration REGISTRY_CHECK = Duration.ofSeconds(1);

  @Inject FleetCounting counting;
  @Inject Clock clock;

  @Resource ManagedExecutorService managedExecutor;

  @Inject
  @ConfigProperty(name = "portal.dashboard.refresh", defaultValue = "PT30S")
  String refresh;

  /** Where counts run (the managed executor; tests run them in place). */
  Executor executor;

  private final AtomicReference<FleetSnapshot> current = new AtomicReference<>();
  private final AtomicBoolean countRunning = new AtomicBoolean();
  private final Object firstCount = new Object();
  private volatile LocalDateTime registryCheckedAt;

  /** The fleet as the current snapshot counted it; a due count is started, not waited for. */
  public FleetSnapshot current() {
    LocalDateTime now = LocalDateTime.now(clock);
    FleetSnapshot snapshot = current.get();
    if (snapshot == null) {
      synchronized (firstCount) {
        if (current.get() == null) {
          current.set(counting.count(null, now, maxAge()));
        }
        return current.get();
      }
    }
    if (due(snapshot, now) && countRunning.compareAndSet(false, true)) {
      try {
        executor().execute(() -> countAgain(snapshot));
      } catch (RejectedExecutionException e) {
        countRunning.set(false);
        LOG.log(Level.WARNING, "Could not start counting the fleet again; it stays as counted", e);
      }
    }
    return current.get();
  }

  /** How long the figures are kept before they are counted again. */
  public Duration maxAge() {
    Duration age;
    try {
      age = Duration.parse(refresh.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "portal.dashboard.refresh must be an ISO-8601 duration such as PT30S, was " + refresh);
    }
    if (age.compareTo(Duration.ofSeconds(1)) < 0 || age.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalStateException(
          "portal.dashboard.refresh must be between PT1S and PT1H, was " + refresh);
    }
    return age;
  }

  private void countAgain(FleetSnapshot previous) {
    try {
      FleetSnapshot counted = counting.count(previous, LocalDateTime.now(clock), maxAge());
      current.compareAndSet(previous, counted);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Counting the fleet failed; the last count stays shown", e);
    } finally {
      countRunning.set(false);
    }
  }

  private boolean due(FleetSnapshot snapshot, LocalDateTime now) {
    if (snapshot.olderThan(maxAge(), now)) {
      return true;
    }
    LocalDateTime checked = registryCheckedAt;
    if (checked != null && Duration.between(checked, now).abs().compareTo(REGISTRY_CHECK) < 0) {
      return false;
    }
    registryCheckedAt = now;
    return counting.registryChangedSince(snapshot);
  }

  private Executor executor() {
    return executor != null ? executor : managedExecutor;
  }
}
