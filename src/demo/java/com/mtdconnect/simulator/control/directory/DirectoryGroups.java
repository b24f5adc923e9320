package com.mtdconnect.simulator.control.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.intune.ContractSchema;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.SimGroup;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /groups} (list, {@code $filter} forms we use, {@code $search} with {@code
 * ConsistencyLevel: eventual}, {@code $count}, {@code $top}, {@code $select}, opaque paging) and
 * {@code /groups/delta} with {@code members@delta}, {@code @removed}, {@code $deltaToken=latest}
 * and 410 expiry (graph-contracts §4.1, §4.2, §12).
 */
public final class DirectoryGroups {

  private static final Pattern EQ =
      Pattern.compile(
          "^(displayName|id|mailNickname)\\s+eq\\s+'([^']*)'$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOOL_EQ =
      Pattern.compile(
          "^(securityEnabled|mailEnabled)\\s+eq\\s+(true|false)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern STARTS =
      Pattern.compile(
          "^startswith\\(\\s*displayName\\s*,\\s*'([^']*)'\\s*\\)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIFIED =
      Pattern.compile(
          "^groupTypes/any\\(\\s*(\\w+)\\s*:\\s*\\1\\s+eq\\s+'([^']*)'\\s*\\)$",
          Pattern.CASE_INSENSITIVE);

  // ---- list

  public SimResponse list(GraphCall call) {
    Map<String, String> q = call.query();
    boolean eventual =
        call.request().header("ConsistencyLevel").filter("eventual"::equalsIgnoreCase).isPresent();
    if (q.containsKey("$search") && !eventual) {
      return GraphErrors.of(
          400,
          "Request_UnsupportedQuery",
          "Request with $search query parameter only works through MSGraph with a special request"
              + " header: 'ConsistencyLevel: eventual'",
          call);
    }
    if (q.containsKey("$skip")) {
      return GraphErrors.of(
          400, "Request_BadRequest", "'$skip' is not supported by the service.", call);
    }
    int top;
    try {
      top = Integer.parseInt(q.getOrDefault("$top", "100"));
    } catch (NumberFormatException e) {
      return GraphErrors.of(400, "Request_BadRequest", "Invalid page size specified.", call);
    }
    if (top < 1 || top > 999) {
      return GraphErrors.of(
          400,
          "Request_BadRequest",
          "Invalid page size specified: '" + top + "'. Must be between 1 and 999 inclusive.",
          call);
    }
    Optional<Predicate<SimGroup>> filter = parseFilter(q.get("$filter"));
    if (filter.isEmpty()) {
      return GraphErrors.unsupportedQuery(call);
    }
    Predicate<SimGroup> search = parseSearch(q.get("$search"));
    TenantDirectory dir = call.directory();
    List<SimGroup> matching = new ArrayList<>();
    for (int g : dir.groupIndices()) {
      dir.group(g).filter(filter.get()).filter(search).ifPresent(matching::add);
    }
    if ("displayName".equalsIgnoreCase(q.getOrDefault("$orderby", "").trim())) {
      matching.sort(Comparator.comparing(SimGroup::displayName, String.CASE_INSENSITIVE_ORDER));
    }
    int offset = 0;
    if (q.containsKey("$skiptoken")) {
      Optional<String[]> token = PageTokens.decode(q.get("$skiptoken"));
      if (token.isEmpty() || !"g".equals(token.get()[0])) {
        return GraphErrors.of(400, "Request_BadRequest", "Invalid skip token.", call);
      }
      offset = Integer.parseInt(token.get()[1]);
    }
    JsonArray values = new JsonArray();
    Set<String> select = GraphJson.select(q);
    int end = Math.min(matching.size(), offset + top);
    for (int i = offset; i < end; i++) {
      values.add(GraphJson.project(groupJson(dir.tenant(), matching.get(i), dir), select));
    }
    String next =
        end < matching.size()
            ? GraphJson.link(
                call.publicBase() + "/groups",
                q,
                "$skiptoken",
                PageTokens.encode("g", Integer.toString(end)))
            : null;
    boolean count =
        eventual && "true".equalsIgnoreCase(q.getOrDefault("$count", "false")) && offset == 0;
    return GraphJson.collection(
        call.publicBase() + "/$metadata#groups",
        values,
        next,
        count ? (long) matching.size() : null,
        null);
  }

  /**
   * {@code GET /groups/$count}: the number of matching groups as {@code text/plain}; an advanced
   * query, so without {@code ConsistencyLevel: eventual} Graph answers 400 (graph-contracts §3).
   */
  public SimResponse count(GraphCall call) {
    Map<String, String> q = call.query();
    boolean eventual =
        call.request().header("ConsistencyLevel").filter("eventual"::equalsIgnoreCase).isPresent();
    if (!eventual) {
      return GraphErrors.of(400, "Request_BadRequest", "$count is not currently supported.", call);
    }
    Optional<Predicate<SimGroup>> filter = parseFilter(q.get("$filter"));
    if (filter.isEmpty()) {
      return GraphErrors.unsupportedQuery(call);
    }
    Predicate<SimGroup> search = parseSearch(q.get("$search"));
    TenantDirectory dir = call.directory();
    long count =
        dir.groupIndices().stream()
            .map(dir::group)
            .flatMap(Optional::stream)
            .filter(filter.get())
            .filter(search)
            .count();
    return SimResponse.text(200, Long.toString(count));
  }

  public SimResponse get(GraphCall call) {
    TenantDirectory dir = call.directory();
    return dir.groupIndexOf(call.param(0))
        .flatMap(dir::group)
        .map(
            g -> {
              JsonObject body = new JsonObject();
              body.addProperty("@odata.context", call.publicBase() + "/$metadata#groups/$entity");
              groupJson(dir.tenant(), g, dir)
                  .entrySet()
                  .forEach(e -> body.add(e.getKey(), e.getValue()));
              return SimResponse.json(
                  200, GraphJson.project(body, GraphJson.select(call.query())).toString());
            })
        .orElseGet(() -> GraphErrors.notFound(call));
  }

  /**
   * {@code /groups/{id}/members} and {@code /transitiveMembers} (groups hold users only, so both
   * are the same), paged with {@code $top} (default 100, max 999) and opaque skip tokens.
   */
  public SimResponse members(GraphCall call) {
    TenantDirectory dir = call.directory();
    Optional<Integer> group = dir.groupIndexOf(call.param(0));
    if (group.isEmpty()) {
      return GraphErrors.notFound(call);
    }
    PageCursor cursor = PageCursor.read(call, "m");
    if (cursor.rejection().isPresent()) {
      return cursor.rejection().get();
    }
    Map<String, String> q = call.query();
    int top = cursor.top();
    int offset = cursor.offset();
    java.util.List<Integer> users = dir.members(group.get());
    java.util.List<Integer> devices = dir.deviceMembers(group.get());
    int size = users.size() + devices.size();
    Set<String> select = GraphJson.select(q);
    JsonArray values = new JsonArray();
    int end = Math.min(size, offset + top);
    for (int i = offset; i < end; i++) {
      JsonObject o;
      if (i < users.size()) {
        com.mtdconnect.simulator.entity.SimUser u = dir.user(users.get(i));
        o = new JsonObject();
        o.addProperty("@odata.type", "#microsoft.graph.user");
        o.addProperty("id", u.id());
        o.addProperty("displayName", u.displayName());
        o.addProperty("userPrincipalName", u.userPrincipalName());
        o.addProperty("mail", u.userPrincipalName());
        o.addProperty("accountEnabled", true);
      } else {
        boolean full =
            call.hasAnyRole(
                com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_READ_ALL,
                com.mtdconnect.simulator.entity.GraphAppRole.DIRECTORY_READ_ALL);
        o = DeviceInventory.entraDevice(dir.device(devices.get(i - users.size())), full);
      }
      values.add(GraphJson.project(o, select));
    }
    String path = call.path().substring(call.path().lastIndexOf('/'));
    String next =
        end < size
            ? GraphJson.link(
                call.publicBase() + "/groups/" + call.param(0) + path,
                q,
                "$skiptoken",
                PageTokens.encode("m", Integer.toString(end)))
            : null;
    return GraphJson.collection(
        call.publicBase() + "/$metadata#directoryObjects", values, next, null, null);
  }

  /**
   * {@code GET /groups/{id}/transitiveMembers/$count}, optionally cast to {@code
   * microsoft.graph.user} or {@code microsoft.graph.device} (the SDK writes the alias {@code
   * graph.user}, which Graph accepts as well): how many (such) members the group has, nested groups
   * included, as {@code text/plain}. Like every {@code $count} segment an advanced query: without
   * {@code ConsistencyLevel: eventual} Graph answers 400 (graph-contracts §3, §4.3).
   */
  public SimResponse memberCount(GraphCall call) {
    boolean eventual =
        call.request().header("ConsistencyLevel").filter("eventual"::equalsIgnoreCase).isPresent();
    if (!eventual) {
      return GraphErrors.of(400, "Request_BadRequest", "$count is not currently supported.", call);
    }
    TenantDirectory dir = call.directory();
    Optional<Integer> group = dir.groupIndexOf(call.param(0));
    if (group.isEmpty()) {
      return GraphErrors.notFound(call);
    }
    String cast = call.param(1);
    long users = dir.members(group.get()).size();
    long devices = dir.deviceMembers(group.get()).size();
    long count = cast == null ? users + devices : "user".equals(cast) ? users : devices;
    return SimResponse.text(200, Long.toString(count));
  }

  /** {@code POST /groups}: a security group (Group.Create); unknown properties are a 400. */
  public SimResponse create(GraphCall call) {
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return GraphErrors.of(400, "Request_BadRequest", "Invalid request body.", call);
    }
    Optional<String> unknown = ContractSchema.unknownProperty(body.get(), "group");
    if (unknown.isPresent()) {
      return GraphErrors.of(400, "Request_BadRequest", unknown.get(), call);
    }
    for (String required :
        new String[] {"displayName", "mailEnabled", "mailNickname", "securityEnabled"}) {
      if (!body.get().has(required)) {
        return GraphErrors.of(
            400,
            "Request_BadRequest",
            "A value is required for property '" + required + "' of resource 'Group'.",
            call);
      }
    }
    TenantDirectory dir = call.directory();
    String id = dir.createGroup(body.get().get("displayName").getAsString());
    SimGroup group = dir.group(dir.groupIndexOf(id).orElseThrow()).orElseThrow();
    return GraphJson.entity(
        201, groupJson(dir.tenant(), group, dir), call.publicBase() + "/$metadata#groups/$entity");
  }

  static Optional<Predicate<SimGroup>> parseFilter(String filter) {
    if (filter == null || filter.isBlank()) {
      return Optional.of(g -> true);
    }
    Predicate<SimGroup> all = g -> true;
    for (String clause : filter.trim().split("(?i)\\s+and\\s+")) {
      Optional<Predicate<SimGroup>> one = parseClause(clause.trim());
      if (one.isEmpty()) {
        return Optional.empty();
      }
      all = all.and(one.get());
    }
    return Optional.of(all);
  }

  private static Optional<Predicate<SimGroup>> parseClause(String clause) {
    Matcher m = EQ.matcher(clause);
    if (m.matches()) {
      String field = m.group(1).toLowerCase(Locale.ROOT);
      String value = m.group(2);
      return Optional.of(
          g ->
              switch (field) {
                case "id" -> g.id().equalsIgnoreCase(value);
                case "mailnickname" -> value.equalsIgnoreCase(g.mailNickname());
                default -> g.displayName().equalsIgnoreCase(value);
              });
    }
    m = BOOL_EQ.matcher(clause);
    if (m.matches()) {
      boolean security = m.group(1).equalsIgnoreCase("securityEnabled");
      boolean value = Boolean.parseBoolean(m.group(2));
      return Optional.of(g -> (security ? g.securityEnabled() : g.mailEnabled()) == value);
    }
    m = STARTS.matcher(clause);
    if (m.matches()) {
      String prefix = m.group(1).toLowerCase(Locale.ROOT);
      return Optional.of(g -> g.displayName().toLowerCase(Locale.ROOT).startsWith(prefix));
    }
    m = UNIFIED.matcher(clause);
    if (m.matches()) {
      String type = m.group(2);
      return Optional.of(g -> g.groupTypes().stream().anyMatch(type::equalsIgnoreCase));
    }
    return Optional.empty();
  }

  /** {@code "displayName:term"} or {@code "term"}: token-prefix match on name and description. */
  static Predicate<SimGroup> parseSearch(String search) {
    if (search == null || search.isBlank()) {
      return g -> true;
    }
    String text = search.trim().replace("\"", "");
    String field = null;
    int colon = text.indexOf(':');
    if (colon > 0) {
      field = text.substring(0, colon).trim();
      text = text.substring(colon + 1).trim();
    }
    String term = text.toLowerCase(Locale.ROOT);
    boolean nameOnly = "displayName".equalsIgnoreCase(field);
    boolean descriptionOnly = "description".equalsIgnoreCase(field);
    return g ->
        (!descriptionOnly && tokenMatch(g.displayName(), term))
            || (!nameOnly && tokenMatch(g.description(), term));
  }

  private static boolean tokenMatch(String value, String term) {
    if (value == null) {
      return false;
    }
    for (String token : value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (token.startsWith(term)) {
        return true;
      }
    }
    return value.toLowerCase(Locale.ROOT).startsWith(term);
  }

  static JsonObject groupJson(SimulatedTenant tenant, SimGroup g, TenantDirectory dir) {
    JsonObject o = new JsonObject();
    o.addProperty("id", g.id());
    o.add("deletedDateTime", JsonNull.INSTANCE);
    o.addProperty("createdDateTime", GraphJson.timestamp(dir.tenantCreated()));
    if (g.description() == null) {
      o.add("description", JsonNull.INSTANCE);
    } else {
      o.addProperty("description", g.description());
    }
    o.addProperty("displayName", g.displayName());
    o.add("groupTypes", GraphJson.strings(g.groupTypes()));
    if (g.mailEnabled()) {
      o.addProperty("mail", g.mailNickname() + "@" + tenant.domain());
    } else {
      o.add("mail", JsonNull.INSTANCE);
    }
    o.addProperty("mailEnabled", g.mailEnabled());
    o.addProperty("mailNickname", g.mailNickname());
    o.addProperty("securityEnabled", g.securityEnabled());
    o.addProperty("securityIdentifier", "S-1-12-1-" + Integer.toUnsignedString(g.id().hashCode()));
    return o;
  }
}
