package com.mtdconnect.platform.control;

import java.util.Optional;

/**
 * What one kind of background run says to {@link RunLanes}: how to take its next tenant, what to do
 * for one tenant, what a refused tenant's result is, and how to record a result. Everything else
 * (the lanes, the request context, acting for the run's actor, turning failures into a refusal, the
 * duration) is the same for every kind.
 *
 * @param <T> a tenant taken from the run
 * @param <R> the result of one tenant's work, recorded in the run's journal
 */
public interface TenantRunSteps<T extends TakenTenant, R> {

  /** Names the run in the server log, as "profile run" in "profile run 7: a lane stopped". */
  String runKind();

  /** How many tenants are worked on at once (over all runs of this kind on this node). */
  int lanes();

  /** Takes the run's next tenant; empty when none is left for a lane. */
  Optional<T> takeNext(long runId);

  /** The tenant's work, acting for the run's actor; exceptions are turned into a refusal. */
  R work(T taken);

  /** The result of a tenant whose work failed for the reason (in plain words). */
  R refused(T taken, String reason);

  /** Records the result of the tenant's work, which took {@code millis}. */
  void record(T taken, R result, long millis);
}
