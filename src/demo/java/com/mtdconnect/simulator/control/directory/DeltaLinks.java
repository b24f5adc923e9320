package com.mtdconnect.simulator.control.directory;

import com.google.gson.JsonArray;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.Optional;

/**
 * The two links a delta page of one resource ends with: a {@code nextLink} that continues the
 * current round, or, on its last page, the {@code deltaLink} that starts the next round. Both carry
 * opaque tokens of this resource's kinds with the tenant's delta epoch, so expiring delta tokens
 * invalidates them.
 */
final class DeltaLinks {
  private final String resource;
  private final String pageKind;
  private final String roundKind;
  private final SimulatedClock clock;

  /**
   * @param resource the collection, e.g. {@code groups}
   * @param pageKind the token kind of a continuation inside a round
   * @param roundKind the token kind of a delta link
   */
  DeltaLinks(String resource, String pageKind, String roundKind, SimulatedClock clock) {
    this.resource = resource;
    this.pageKind = pageKind;
    this.roundKind = roundKind;
    this.clock = clock;
  }

  /** A page of changes between two versions; continues at {@code position} if more follow. */
  SimResponse page(
      GraphCall call,
      SimulatedTenant tenant,
      JsonArray values,
      long from,
      long to,
      Optional<String> position,
      String select) {
    if (position.isPresent()) {
      String token =
          PageTokens.encode(
              pageKind,
              Integer.toString(tenant.deltaEpoch()),
              Long.toString(from),
              Long.toString(to),
              position.get(),
              select);
      return GraphJson.collection(
          context(call),
          values,
          call.publicBase() + "/" + resource + "/delta?$skiptoken=" + token,
          null,
          null);
    }
    return GraphJson.collection(
        context(call), values, null, null, deltaLink(call, tenant, to, select));
  }

  /** The answer to {@code $deltaToken=latest}: no changes, a delta link from now on. */
  SimResponse latest(GraphCall call, SimulatedTenant tenant, long current, String select) {
    return page(call, tenant, new JsonArray(), current, current, Optional.empty(), select);
  }

  private String deltaLink(GraphCall call, SimulatedTenant tenant, long version, String select) {
    return call.publicBase()
        + "/"
        + resource
        + "/delta?$deltatoken="
        + PageTokens.encode(
            roundKind,
            Integer.toString(tenant.deltaEpoch()),
            Long.toString(version),
            Long.toString(clock.now().toEpochMilli()),
            select);
  }

  /**
   * The answer to a token the tenant invalidated (graph-contracts §12): 410 Gone with a {@code
   * Location} that restarts the round (an empty delta token, as the first query), and the code
   * {@code syncStateNotFound} when the token expired, {@code resyncRequired} when the service reset
   * the sync state.
   */
  static SimResponse invalidated(GraphCall call, String resource) {
    boolean reset = call.directory().tenant().resyncRequired();
    return GraphErrors.of(
            410,
            reset ? "resyncRequired" : "syncStateNotFound",
            reset
                ? "The delta token is no longer valid, and the app must reset the sync state."
                : "The delta token is expired and data must be synchronized again.",
            call)
        .withHeader("Location", call.publicBase() + "/" + resource + "/delta");
  }

  private String context(GraphCall call) {
    return call.publicBase() + "/$metadata#" + resource;
  }
}
