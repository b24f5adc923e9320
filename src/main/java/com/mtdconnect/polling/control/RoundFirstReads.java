package com.mtdconnect.polling.control;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.entity.RoundContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The round's shared first {@code $batch}: the first contributing kind to ask gathers every due
 * contributor's reads, the gateway answers them in one request, and each kind takes the answers
 * (kept per tenant and fencing generation until every due contributor took them, so a newer round
 * never sees an older round's answers, and dropped when the round ends). An idle round thus costs
 * one HTTP request for all kinds, the consent check included when it is due. Kinds the round skips
 * for a missing permission ({@link KindSelection}) add nothing.
 */
@ApplicationScoped
public class RoundFirstReads {

  private static final Logger LOG = Logger.getLogger(RoundFirstReads.class.getName());

  @Inject GraphGateway gateway;
  @Inject @Any Instance<FirstReadsContributor> contributors;

  private record Shared(long generation, RoundAnswers answers, Set<String> waiting) {}

  private final ConcurrentHashMap<Long, Shared> byTenant = new ConcurrentHashMap<>();

  /** This round's answers for {@code kind}; the first call of a round sends the batch. */
  public RoundAnswers take(RoundContext round, String kind) {
    Shared shared = byTenant.get(round.tenantId());
    if (shared == null
        || shared.generation() != round.generation()
        || !shared.waiting().contains(kind)) {
      shared = gather(round);
    }
    synchronized (shared) {
      shared.waiting().remove(kind);
      if (shared.waiting().isEmpty()) {
        byTenant.remove(round.tenantId(), shared);
      }
    }
    return shared.answers();
  }

  /**
   * Drops what the round's batch answered once the round is over, also when a kind stopped it
   * before every contributor took its answers (a parked or failed round).
   */
  public void release(RoundContext round) {
    Shared shared = byTenant.get(round.tenantId());
    if (shared != null && shared.generation() == round.generation()) {
      byTenant.remove(round.tenantId(), shared);
    }
  }

  private Shared gather(RoundContext round) {
    RoundReads reads = RoundReads.none();
    Set<String> waiting = new HashSet<>();
    for (FirstReadsContributor c : contributors) {
      if (KindSelection.of(c, round).runs()) {
        reads = c.contribute(round, reads);
        waiting.add(c.name());
      }
    }
    RoundReads asked = reads;
    RoundAnswers answers = gateway.roundReads(round.directoryId(), asked);
    LOG.fine(
        () ->
            "Round "
                + round.generation()
                + " of tenant "
                + round.tenantId()
                + ": "
                + asked.steps()
                + " first reads in "
                + answers.requests()
                + " request(s)");
    Shared shared = new Shared(round.generation(), answers, waiting);
    byTenant.put(round.tenantId(), shared);
    return shared;
  }
}
