package com.mtdconnect.simulator.control.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.entity.DeviceOverlay;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entra device objects: {@code GET /devices} (paged) and {@code /devices/delta} (graph-contracts
 * §4.5): a full first round, then enrolled devices and {@code @removed} ones, opaque tokens, 410
 * when the token expired or was invalidated.
 */
public final class EntraDevices {

  private static final int DELTA_PAGE = 200;
  private final SimulatedClock clock;
  private final DeltaLinks links;
  private final Duration lifetime;

  public EntraDevices(SimulatedClock clock, Duration lifetime) {
    this.clock = clock;
    this.links = new DeltaLinks("devices", "vs", "vd", clock);
    this.lifetime = lifetime;
  }

  public SimResponse list(GraphCall call) {
    PageCursor cursor = PageCursor.read(call, "dv");
    if (cursor.rejection().isPresent()) {
      return cursor.rejection().get();
    }
    Map<String, String> q = call.query();
    int top = cursor.top();
    int position = cursor.offset();
    TenantDirectory dir = call.directory();
    Set<String> select = GraphJson.select(q);
    JsonArray values = new JsonArray();
    int d = position;
    while (d < dir.deviceIndexEnd() && values.size() < top) {
      if (dir.deviceExists(d)) {
        values.add(GraphJson.project(DeviceInventory.entraDevice(dir.device(d), true), select));
      }
      d++;
    }
    String next =
        d < dir.deviceIndexEnd()
            ? GraphJson.link(
                call.publicBase() + "/devices",
                q,
                "$skiptoken",
                PageTokens.encode("dv", Integer.toString(d)))
            : null;
    return GraphJson.collection(call.publicBase() + "/$metadata#devices", values, next, null, null);
  }

  /**
   * {@code GET /devices/$count}: how many Entra devices the tenant has, as {@code text/plain}; an
   * advanced query, so 400 without {@code ConsistencyLevel: eventual} (graph-contracts §3).
   */
  public SimResponse count(GraphCall call) {
    boolean eventual =
        call.request().header("ConsistencyLevel").filter("eventual"::equalsIgnoreCase).isPresent();
    if (!eventual) {
      return GraphErrors.of(400, "Request_BadRequest", "$count is not currently supported.", call);
    }
    TenantDirectory dir = call.directory();
    long count = 0;
    for (int d = 0; d < dir.deviceIndexEnd(); d++) {
      if (dir.deviceExists(d)) {
        count++;
      }
    }
    return SimResponse.text(200, Long.toString(count));
  }

  public SimResponse delta(GraphCall call) {
    Map<String, String> q = call.query();
    TenantDirectory dir = call.directory();
    SimulatedTenant tenant = dir.tenant();
    long current = tenant.hasDeviceChanges() ? tenant.devices().version() : 0;
    String select;
    long from;
    long to;
    int offset;
    String deltaToken = q.getOrDefault("$deltatoken", q.get("$deltaToken"));
    if (q.containsKey("$skiptoken")) {
      Optional<String[]> t = PageTokens.decode(q.get("$skiptoken"));
      if (t.isEmpty() || !"vs".equals(t.get()[0])) {
        return GraphErrors.badRequest("Invalid skip token.", call);
      }
      if (Integer.parseInt(t.get()[1]) != tenant.deltaEpoch()) {
        return expired(call);
      }
      from = Long.parseLong(t.get()[2]);
      to = Long.parseLong(t.get()[3]);
      offset = Integer.parseInt(t.get()[4]);
      select = t.get()[5];
    } else if (deltaToken != null && !"latest".equalsIgnoreCase(deltaToken)) {
      Optional<String[]> t = PageTokens.decode(deltaToken);
      if (t.isEmpty()
          || !"vd".equals(t.get()[0])
          || Integer.parseInt(t.get()[1]) != tenant.deltaEpoch()
          || clock.now().toEpochMilli() - Long.parseLong(t.get()[3]) > lifetime.toMillis()) {
        return expired(call);
      }
      from = Long.parseLong(t.get()[2]);
      to = current;
      offset = 0;
      select = t.get()[4];
    } else {
      select = q.getOrDefault("$select", "");
      if ("latest".equalsIgnoreCase(deltaToken)) {
        return links.latest(call, tenant, current, select);
      }
      from = -1;
      to = current;
      offset = 0;
    }
    List<Integer> devices = new ArrayList<>();
    Map<Integer, Boolean> removed = new LinkedHashMap<>();
    if (from < 0) {
      for (int d = 0; d < dir.deviceIndexEnd(); d++) {
        if (dir.deviceExists(d)) {
          devices.add(d);
        }
      }
    } else if (tenant.hasDeviceChanges()) {
      for (DeviceOverlay.Change c : tenant.devices().changesAfter(from)) {
        if (c.version() <= to) {
          removed.put(c.device(), c.removed());
        }
      }
      devices.addAll(removed.keySet());
    }
    Set<String> selected = GraphJson.select(Map.of("$select", select));
    JsonArray values = new JsonArray();
    int end = Math.min(devices.size(), offset + DELTA_PAGE);
    for (int i = offset; i < end; i++) {
      int d = devices.get(i);
      if (Boolean.TRUE.equals(removed.get(d))) {
        JsonObject gone = new JsonObject();
        gone.addProperty("id", dir.device(d).entraObjectId());
        JsonObject reason = new JsonObject();
        reason.addProperty("reason", "deleted");
        gone.add("@removed", reason);
        values.add(gone);
      } else {
        values.add(GraphJson.project(DeviceInventory.entraDevice(dir.device(d), true), selected));
      }
    }
    return links.page(
        call,
        tenant,
        values,
        from,
        to,
        end < devices.size() ? Optional.of(Integer.toString(end)) : Optional.empty(),
        select);
  }

  private static SimResponse expired(GraphCall call) {
    return DeltaLinks.invalidated(call, "devices");
  }
}
