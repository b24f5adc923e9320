package com.mtdconnect.simulator.control.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.control.transport.SimulatedClock;
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
 * then changes since the delta token (both rounds slice large member lists across pages) — {@code
 * members@delta} with {@code @removed} members, removed groups as {@code @removed} ({@code changed}
 * for Microsoft 365 groups, {@code deleted} otherwise), {@code $deltaToken=latest}, and 410 {@code
 * syncStateNotFound} with a {@code Location} to restart when the token expired or was invalidated
 * (graph-contracts §4.2, §12).
 */
public final class GroupsDelta {

  /** Member entries per page, in every round; larger groups continue on the next page. */
  static final int MEMBERS_PER_PAGE = 2000;

  private final SimulatedClock clock;
  private final DeltaLinks links;
  private final Duration deltaLifetime;
  private final int deltaPageSize;

  public GroupsDelta(SimulatedClock clock, Duration deltaLifetime, int deltaPageSize) {
    this.clock = clock;
    this.links = new DeltaLinks("groups", "ds", "dd", clock);
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
    int memberOffset = 0;
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
      String[] position = t.get()[4].split(":");
      offset = Integer.parseInt(position[0]);
      memberOffset = position.length > 1 ? Integer.parseInt(position[1]) : 0;
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
        return links.latest(call, tenant, current, select);
      }
      from = -1;
      to = current;
      offset = 0;
    }
    Set<String> selected = GraphJson.select(Map.of("$select", select));
    boolean withMembers = selected.isEmpty() || selected.contains("members");
    JsonArray values = new JsonArray();
    String nextPosition = null;
    if (from < 0) {
      nextPosition =
          fullRoundPage(call.directory(), withMembers, offset, memberOffset, values, selected);
    } else {
      List<JsonObject> items = changes(call.directory(), from, to, withMembers);
      nextPosition = changePage(items, offset, memberOffset, values, selected);
    }
    return links.page(call, tenant, values, from, to, Optional.ofNullable(nextPosition), select);
  }

  /**
   * Fills one page of a change round from {@code items}, starting at item {@code itemOffset} and
   * member {@code memberOffset} of its {@code members@delta}: at most {@code deltaPageSize} entries
   * and {@link #MEMBERS_PER_PAGE} member changes, so a group with many member changes continues on
   * the next page as an entry with only its id and the next slice, as in the first round. Returns
   * the next position, or null after the last item.
   */
  private String changePage(
      List<JsonObject> items,
      int itemOffset,
      int memberOffset,
      JsonArray values,
      Set<String> selected) {
    int budget = MEMBERS_PER_PAGE;
    int i = itemOffset;
    int mi = memberOffset;
    while (i < items.size() && values.size() < deltaPageSize) {
      JsonObject item = items.get(i);
      if (!item.has("members@delta")) {
        values.add(project(item, selected));
        i++;
        mi = 0;
        continue;
      }
      JsonArray members = item.getAsJsonArray("members@delta");
      JsonObject entry = new JsonObject();
      if (mi == 0) {
        project(item, selected).entrySet().stream()
            .filter(e -> !e.getKey().equals("members@delta"))
            .forEach(e -> entry.add(e.getKey(), e.getValue()));
      } else {
        entry.add("id", item.get("id"));
      }
      int take = Math.min(budget, members.size() - mi);
      JsonArray slice = new JsonArray();
      for (int m = mi; m < mi + take; m++) {
        slice.add(members.get(m));
      }
      entry.add("members@delta", slice);
      values.add(entry);
      budget -= take;
      if (mi + take < members.size()) {
        return i + ":" + (mi + take);
      }
      i++;
      mi = 0;
      if (budget <= 0) {
        break;
      }
    }
    return i < items.size() ? i + ":0" : null;
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

  private static SimResponse expired(GraphCall call) {
    return DeltaLinks.invalidated(call, "groups");
  }

  /**
   * Fills one page of the first round, starting at group {@code groupOffset} (position in the
   * current group list) and member {@code memberOffset} of it: at most {@code deltaPageSize} groups
   * and {@link #MEMBERS_PER_PAGE} members, so a large group continues on the next page as an entry
   * with only its id and the next slice of {@code members@delta}, as Graph does. Only the groups of
   * this page are expanded. Returns the next position, or null after the last group.
   */
  private String fullRoundPage(
      TenantDirectory dir,
      boolean withMembers,
      int groupOffset,
      int memberOffset,
      JsonArray values,
      Set<String> selected) {
    List<Integer> groups = dir.groupIndices();
    int budget = MEMBERS_PER_PAGE;
    int gi = groupOffset;
    int mi = memberOffset;
    while (gi < groups.size() && values.size() < deltaPageSize) {
      int g = groups.get(gi);
      Optional<SimGroup> group = dir.group(g);
      if (group.isEmpty()) {
        gi++;
        mi = 0;
        continue;
      }
      JsonObject item;
      if (mi == 0) {
        item = project(DirectoryGroups.groupJson(dir.tenant(), group.get(), dir), selected);
      } else {
        item = new JsonObject();
        item.addProperty("id", group.get().id());
      }
      if (!withMembers) {
        values.add(item);
        gi++;
        continue;
      }
      List<JsonObject> members = memberEntries(dir, g);
      int take = Math.min(budget, members.size() - mi);
      JsonArray slice = new JsonArray();
      for (int i = mi; i < mi + take; i++) {
        slice.add(members.get(i));
      }
      item.add("members@delta", slice);
      values.add(item);
      budget -= take;
      if (mi + take < members.size()) {
        return gi + ":" + (mi + take);
      }
      gi++;
      mi = 0;
      if (budget <= 0) {
        break;
      }
    }
    return gi < groups.size() ? gi + ":0" : null;
  }

  private static List<JsonObject> memberEntries(TenantDirectory dir, int g) {
    List<JsonObject> members = new ArrayList<>();
    for (int u : dir.members(g)) {
      members.add(member(dir, u, false));
    }
    for (int d : dir.deviceMembers(g)) {
      JsonObject m = new JsonObject();
      m.addProperty("@odata.type", "#microsoft.graph.device");
      m.addProperty("id", dir.device(d).entraObjectId());
      members.add(m);
    }
    return members;
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
