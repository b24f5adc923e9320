package com.mtdconnect.simulator.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.entity.DirectoryChange;
import com.mtdconnect.simulator.entity.SimGroup;
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
 * {@code /groups/delta} (with or without parentheses): a full first round paged by skip tokens,
 * then changes since the delta token — {@code members@delta} with {@code @removed} members, removed
 * groups as {@code @removed} ({@code changed} for Microsoft 365 groups, {@code deleted} otherwise),
 * {@code $deltaToken=latest}, and 410 {@code syncStateNotFound} with a {@code Location} to restart
 * when the token expired or was invalidated (graph-contracts §4.2, §12).
 */
public final class GroupsDelta {

  private final SimulatedClock clock;
  private final Duration deltaLifetime;
  private final int deltaPageSize;

  public GroupsDelta(SimulatedClock clock, Duration deltaLifetime, int deltaPageSize) {
    this.clock = clock;
    this.deltaLifetime = deltaLifetime;
    this.deltaPageSize = deltaPageSize;
  }

  // ---- delta

  public SimResponse delta(GraphCall call) {
    Map<String, String> q = call.query();
    SimulatedTenant tenant = call.directory().tenant();
    long current = tenant.hasDirectoryChanges() ? tenant.directory().version() : 0;
    String deltaToken = q.get("$deltatoken");
    if (deltaToken == null) {
      deltaToken = q.get("$deltaToken");
    }
    String skipToken = q.get("$skiptoken");
    long from;
    long to;
    int offset;
    String select;
    if (skipToken != null) {
      Optional<String[]> t = PageTokens.decode(skipToken);
      if (t.isEmpty() || !"ds".equals(t.get()[0])) {
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
      if (t.isEmpty() || !"dd".equals(t.get()[0])) {
        return expired(call);
      }
      long issued = Long.parseLong(t.get()[3]);
      if (Integer.parseInt(t.get()[1]) != tenant.deltaEpoch()
          || clock.now().toEpochMilli() - issued > deltaLifetime.toMillis()) {
        return expired(call);
      }
      from = Long.parseLong(t.get()[2]);
      to = current;
      offset = 0;
      select = t.get()[4];
    } else {
      select = q.getOrDefault("$select", "");
      if (q.containsKey("$top") || q.containsKey("$orderby") || q.containsKey("$expand")) {
        return GraphErrors.of(
            400,
            "Request_UnsupportedQuery",
            "Unsupported query parameter for delta: $top, $orderby and $expand are not supported.",
            call);
      }
      if ("latest".equalsIgnoreCase(deltaToken)) {
        return GraphJson.collection(
            call.publicBase() + "/$metadata#groups",
            new JsonArray(),
            null,
            null,
            deltaLink(call, tenant, current, select));
      }
      from = -1;
      to = current;
      offset = 0;
    }
    Set<String> selected = GraphJson.select(Map.of("$select", select));
    boolean withMembers = selected.isEmpty() || selected.contains("members");
    List<JsonObject> items =
        from < 0
            ? fullRound(call.directory(), withMembers)
            : changes(call.directory(), from, to, withMembers);
    JsonArray values = new JsonArray();
    int end = Math.min(items.size(), offset + deltaPageSize);
    for (int i = offset; i < end; i++) {
      values.add(project(items.get(i), selected));
    }
    if (end < items.size()) {
      String token =
          PageTokens.encode(
              "ds",
              Integer.toString(tenant.deltaEpoch()),
              Long.toString(from),
              Long.toString(to),
              Integer.toString(end),
              select);
      return GraphJson.collection(
          call.publicBase() + "/$metadata#groups",
          values,
          call.publicBase() + "/groups/delta?$skiptoken=" + token,
          null,
          null);
    }
    return GraphJson.collection(
        call.publicBase() + "/$metadata#groups",
        values,
        null,
        null,
        deltaLink(call, tenant, to, select));
  }

  private static JsonObject project(JsonObject item, Set<String> selected) {
    if (selected.isEmpty() || item.has("@removed")) {
      return item;
    }
    JsonObject result = new JsonObject();
    item.entrySet().stream()
        .filter(
            e ->
                e.getKey().equals("id")
                    || e.getKey().equals("members@delta")
                    || selected.contains(e.getKey()))
        .forEach(e -> result.add(e.getKey(), e.getValue()));
    return result;
  }

  private String deltaLink(GraphCall call, SimulatedTenant tenant, long version, String select) {
    String token =
        PageTokens.encode(
            "dd",
            Integer.toString(tenant.deltaEpoch()),
            Long.toString(version),
            Long.toString(clock.now().toEpochMilli()),
            select);
    return call.publicBase() + "/groups/delta?$deltatoken=" + token;
  }

  private SimResponse expired(GraphCall call) {
    return GraphErrors.of(
            410,
            "syncStateNotFound",
            "The delta token is expired and data must be synchronized again.",
            call)
        .withHeader("Location", call.publicBase() + "/groups/delta");
  }

  private List<JsonObject> fullRound(TenantDirectory dir, boolean withMembers) {
    List<JsonObject> items = new ArrayList<>();
    for (int g : dir.groupIndices()) {
      Optional<SimGroup> group = dir.group(g);
      if (group.isEmpty()) {
        continue;
      }
      JsonObject o = DirectoryGroups.groupJson(dir.tenant(), group.get(), dir);
      if (withMembers) {
        JsonArray members = new JsonArray();
        for (int u : dir.members(g)) {
          members.add(member(dir, u, false));
        }
        for (int d : dir.deviceMembers(g)) {
          JsonObject m = new JsonObject();
          m.addProperty("@odata.type", "#microsoft.graph.device");
          m.addProperty("id", dir.device(d).entraObjectId());
          members.add(m);
        }
        o.add("members@delta", members);
      }
      items.add(o);
    }
    return items;
  }

  private List<JsonObject> changes(TenantDirectory dir, long from, long to, boolean withMembers) {
    SimulatedTenant tenant = dir.tenant();
    if (!tenant.hasDirectoryChanges()) {
      return List.of();
    }
    Map<Integer, Map<Integer, Boolean>> memberChanges = new LinkedHashMap<>();
    for (DirectoryChange change : tenant.directory().changesAfter(from)) {
      if (change.version() > to) {
        break;
      }
      Map<Integer, Boolean> forGroup =
          memberChanges.computeIfAbsent(change.groupIndex(), g -> new LinkedHashMap<>());
      if (change.kind() == DirectoryChange.Kind.MEMBER_ADDED) {
        forGroup.put(change.userIndex(), true);
      } else if (change.kind() == DirectoryChange.Kind.MEMBER_REMOVED) {
        forGroup.put(change.userIndex(), false);
      }
    }
    List<JsonObject> items = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, Boolean>> e : memberChanges.entrySet()) {
      Optional<SimGroup> group = dir.group(e.getKey());
      if (group.isEmpty()) {
        dir.anyGroup(e.getKey())
            .ifPresent(
                g -> {
                  JsonObject removed = new JsonObject();
                  removed.addProperty("id", g.id());
                  JsonObject reason = new JsonObject();
                  reason.addProperty(
                      "reason", g.groupTypes().contains("Unified") ? "changed" : "deleted");
                  removed.add("@removed", reason);
                  items.add(removed);
                });
        continue;
      }
      JsonObject o = DirectoryGroups.groupJson(tenant, group.get(), dir);
      if (withMembers && !e.getValue().isEmpty()) {
        JsonArray members = new JsonArray();
        e.getValue().forEach((user, added) -> members.add(member(dir, user, !added)));
        o.add("members@delta", members);
      }
      items.add(o);
    }
    return items;
  }

  private static JsonObject member(TenantDirectory dir, int user, boolean removed) {
    JsonObject m = new JsonObject();
    m.addProperty("@odata.type", "#microsoft.graph.user");
    m.addProperty("id", dir.user(user).id());
    if (removed) {
      JsonObject reason = new JsonObject();
      reason.addProperty("reason", "deleted");
      m.add("@removed", reason);
    }
    return m;
  }
}
