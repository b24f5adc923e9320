package com.mtdconnect.polling.control;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.mtdconnect.consent.control.ConsentJobs;
import com.mtdconnect.consent.control.ConsentRounds;
import com.mtdconnect.consent.entity.ConsentVerified;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.tenancy.entity.TenantArchiveChanged;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.concurrent.ManagedThreadFactoryDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The polling engine: db-scheduler, persistent in MariaDB and shared by every node, on a bounded
 * pool of the application's managed threads. Tasks: {@code tenant-round} (one instance per polled
 * tenant, id = the tenant's id, rescheduled by each round), {@code consent-verifications} (every
 * second, one instance cluster-wide) and {@code poll-history-purge} (hourly).
 *
 * <p>Scheduling times are real time (db-scheduler's own clock, which all nodes share through NTP);
 * the rounds record the portal's {@link java.time.Clock}. A node that dies without stopping has its
 * rounds taken over after {@code portal.polling.heartbeat} × {@code
 * portal.polling.missed-heartbeats} (10 s × 4), the dead-execution check (every 2 heartbeats) and
 * the polling interval.
 */
@ApplicationScoped
@ManagedThreadFactoryDefinition(name = PollingEngine.THREADS)
public class PollingEngine {
  private static final Logger LOG = Logger.getLogger(PollingEngine.class.getName());

  public static final String THREADS = "java:app/concurrent/PollingThreads";
  public static final String TENANT_ROUND = "tenant-round";
  public static final String VERIFICATIONS = "consent-verifications";
  public static final String PURGE = "poll-history-purge";

  /** How soon a newly consented tenant's first round runs, at the latest. */
  static final Duration FIRST_ROUND_SPREAD = Duration.ofSeconds(10);

  /** The most the start-up spreads the first rounds of tenants that had no schedule. */
  static final Duration RECONCILE_SPREAD = Duration.ofMinutes(10);

  @Resource(lookup = THREADS)
  ManagedThreadFactory threads;

  @Resource(lookup = PortalDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService handOff;

  @Inject PolledTenants tenants;
  @Inject PollingSettings settings;
  @Inject TenantRound rounds;
  @Inject PollState state;
  @Inject ConsentRounds consent;
  @Inject RoundHistory history;
  @Inject java.time.Clock clock;

  /**
   * The scheduler's time, real time on every node: leases, heartbeats and due times are compared
   * across nodes, so they never follow a test's moved portal clock. Rounds record the portal's
   * {@link java.time.Clock}.
   */
  private final com.github.kagkarlsson.scheduler.Clock schedulerTime = new SystemClock();

  private volatile Scheduler scheduler;
  private CustomTask<Void> tenantRound;

  void start(@Observes @Priority(ConsentJobs.PRIORITY + 10) Startup startup) {
    settings.requireValid();
    tenantRound =
        Tasks.custom(TENANT_ROUND, Void.class)
            .onFailure(new Backoff())
            .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
            .execute(
                (instance, context) -> {
                  TenantRound.Next next = rounds.run(Long.parseLong(instance.getId()));
                  return next.delay().isEmpty()
                      ? removed()
                      : rescheduled(schedulerTime.now().plus(next.delay().get()));
                });
    RecurringTask<Void> verifications =
        Tasks.recurring(VERIFICATIONS, FixedDelay.ofSeconds(1))
            .onFailureReschedule()
            .onDeadExecutionRevive()
            .execute(
                (instance, context) ->
                    guarded(
                        VERIFICATIONS,
                        () -> {
                          consent.runDueVerifications();
                        }));
    RecurringTask<Void> purge =
        Tasks.recurring(PURGE, FixedDelay.ofHours(1))
            .onFailureReschedule()
            .onDeadExecutionRevive()
            .execute(
                (instance, context) ->
                    guarded(
                        PURGE,
                        () -> {
                          history.purge(settings.historyRetention());
                        }));
    int n = settings.threads();
    ExecutorService executor = Executors.newFixedThreadPool(n, threads);
    ExecutorService due = Executors.newSingleThreadExecutor(threads);
    ScheduledExecutorService housekeeper = Executors.newScheduledThreadPool(2, threads);
    scheduler =
        Scheduler.create(dataSource, List.of(tenantRound))
            .startTasks(verifications, purge)
            .threads(n)
            .executorService(executor)
            .dueExecutor(due)
            .housekeeperExecutor(housekeeper)
            .pollingInterval(settings.pollInterval())
            .heartbeatInterval(settings.heartbeat())
            .missedHeartbeatsLimit(settings.missedHeartbeats())
            .schedulerName(new SchedulerName.Fixed(settings.nodeName()))
            .alwaysPersistTimestampInUTC()
            .clock(schedulerTime)
            .enableImmediateExecution()
            .shutdownMaxWait(Duration.ofSeconds(20))
            .build();
    scheduler.start();
    int added = reconcile();
    LOG.info(
        () ->
            "Polling engine started on node "
                + settings.nodeName()
                + " with "
                + n
                + " threads, heartbeat "
                + settings.heartbeat()
                + " x "
                + settings.missedHeartbeats()
                + ", polling "
                + settings.pollInterval()
                + "; "
                + added
                + " tenants newly scheduled");
  }

  void stop(@Observes Shutdown shutdown) {
    Scheduler running = scheduler;
    scheduler = null;
    if (running != null) {
      running.stop();
      LOG.info("Polling engine stopped");
    }
  }

  /** Whether the engine runs on this node. */
  public boolean running() {
    return scheduler != null;
  }

  /**
   * Gives every tenant whose consent was verified a schedule if it has none (after a restore, or
   * the first start with this engine), spread over a few minutes. Returns how many were added.
   */
  public int reconcile() {
    int added = 0;
    for (long tenantId : consent.watchedForDrift()) {
      Optional<PolledTenants.Polled> polled = tenants.polled(tenantId);
      if (polled.isPresent()) {
        Duration spread =
            RoundPlanning.firstRound(
                min(polled.get().period(), RECONCILE_SPREAD),
                ThreadLocalRandom.current()::nextDouble);
        if (client()
            .scheduleIfNotExists(
                tenantRound.instance(String.valueOf(tenantId)), schedulerTime.now().plus(spread))) {
          added++;
        }
      }
    }
    return added;
  }

  /**
   * A verified consent: the tenant gets its schedule, and a parked one runs again soon. Runs after
   * consent's transaction committed, handed to another thread so that no database work happens in
   * the completed transaction's context.
   */
  void consentVerified(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConsentVerified verified) {
    if (scheduler == null) {
      return; // not started yet: the start-up's reconcile schedules it
    }
    handOff.execute(() -> scheduleVerified(verified.tenantId()));
  }

  /** Schedules a tenant whose consent was verified; un-parks it if it was parked. */
  public void scheduleVerified(long tenantId) {
    try {
      boolean wasParked = state.unpark(tenantId);
      Instant first =
          schedulerTime
              .now()
              .plus(
                  RoundPlanning.firstRound(
                      FIRST_ROUND_SPREAD, ThreadLocalRandom.current()::nextDouble));
      if (!client().scheduleIfNotExists(tenantRound.instance(String.valueOf(tenantId)), first)
          && wasParked) {
        reschedule(tenantId, first);
      }
      LOG.info(
          () ->
              "Tenant "
                  + tenantId
                  + " consent verified: polling scheduled"
                  + (wasParked ? " (un-parked)" : ""));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not schedule polling of tenant " + tenantId, e);
    }
  }

  /**
   * An archived tenant's schedule goes at once; a restored one whose consent was verified gets one
   * again (after tenancy's transaction committed, on another thread).
   */
  void archiveChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) TenantArchiveChanged change) {
    if (scheduler == null) {
      return;
    }
    handOff.execute(
        () -> {
          try {
            if (change.archived()) {
              client()
                  .getScheduledExecution(
                      TaskInstanceId.of(TENANT_ROUND, String.valueOf(change.tenantId())))
                  .filter(e -> !e.isPicked())
                  .ifPresent(e -> client().cancel(e.getTaskInstance()));
            } else if (consent.watchedForDrift().contains(change.tenantId())) {
              scheduleVerified(change.tenantId());
            }
          } catch (RuntimeException e) {
            // a running round removes the schedule itself when it sees the tenant archived
            LOG.log(Level.WARNING, "Polling schedule of tenant " + change.tenantId(), e);
          }
        });
  }

  /**
   * Runs the tenant's round now ("sync now"); creates the schedule if the tenant had none. A tenant
   * Microsoft throttled runs when its {@code Retry-After} has passed, not before: asking again
   * earlier only prolongs the throttling.
   *
   * @return false when a round of the tenant runs right now
   */
  public boolean syncNow(long tenantId) {
    Duration wait =
        state
            .throttledUntil(tenantId)
            .map(until -> Duration.between(LocalDateTime.now(clock), until))
            .filter(d -> !d.isNegative() && !d.isZero())
            .orElse(Duration.ZERO);
    return reschedule(tenantId, schedulerTime.now().plus(wait));
  }

  private boolean reschedule(long tenantId, Instant at) {
    TaskInstanceId id = TaskInstanceId.of(TENANT_ROUND, String.valueOf(tenantId));
    Optional<ScheduledExecution<Object>> existing = client().getScheduledExecution(id);
    if (existing.isEmpty()) {
      return client().scheduleIfNotExists(tenantRound.instance(String.valueOf(tenantId)), at);
    }
    if (existing.get().isPicked()) {
      return false;
    }
    try {
      return client().reschedule(id, at);
    } catch (RuntimeException e) {
      // picked between the read and the update
      LOG.log(Level.FINE, "Tenant " + tenantId + " round started meanwhile", e);
      return false;
    }
  }

  /** The tenant's scheduled round, if it has one. */
  public Optional<ScheduledExecution<Object>> scheduled(long tenantId) {
    Scheduler s = scheduler;
    return s == null
        ? Optional.empty()
        : s.getScheduledExecution(TaskInstanceId.of(TENANT_ROUND, String.valueOf(tenantId)));
  }

  private Scheduler client() {
    Scheduler s = scheduler;
    if (s == null) {
      throw new IllegalStateException("The polling engine is not running on this node");
    }
    return s;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static CompletionHandler<Void> removed() {
    return (complete, operations) -> operations.remove();
  }

  private static CompletionHandler<Void> rescheduled(Instant at) {
    return (complete, operations) -> operations.reschedule(complete, at);
  }

  private static void guarded(String task, Runnable job) {
    try {
      job.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, task + " failed; it runs again at its next tick", e);
    }
  }

  /**
   * What an unexpected failure of a round (the round itself records and classifies what its kinds
   * throw; this catches what escapes, e.g. the database gone) does: retry with exponential backoff
   * and jitter, capped at the default period; logged, never silent.
   */
  static final class Backoff implements FailureHandler<Void> {
    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
      int failures = complete.getExecution().consecutiveFailures + 1;
      Duration delay =
          RoundPlanning.backoff(
              failures, RoundPlanning.DEFAULT_PERIOD, ThreadLocalRandom.current()::nextDouble);
      LOG.log(
          Level.WARNING,
          "Round "
              + complete.getExecution().taskInstance.getId()
              + " failed ("
              + failures
              + " in a row); next attempt in "
              + delay,
          complete.getCause().orElse(null));
      operations.reschedule(complete, complete.getTimeDone().plus(delay));
    }
  }
}
