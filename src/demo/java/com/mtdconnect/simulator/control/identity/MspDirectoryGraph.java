package com.mtdconnect.simulator.control.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimStaffAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Graph for the demo MSP's own Entra tenant (graph-contracts §3, §4.1): its users (the staff on the
 * sign-in picker, {@code userPrincipalName} = the sign-in name their token carries) and its groups
 * (the staff groups), read with an app-only token of the staff sign-in app that holds User.Read.All
 * and GroupMember.Read.All. {@code GET /users}, {@code /users/{id | userPrincipalName}}, {@code
 * /groups}, {@code /groups/{id}}; {@code $search} (token-prefix on {@code displayName} and, for
 * users, {@code userPrincipalName}; phrases joined by {@code OR}) needs {@code ConsistencyLevel:
 * eventual}, as Graph insists; {@code $top}, {@code $count}; unknown ids are Graph's 404.
 */
public final class MspDirectoryGraph {

  /** The application permissions the staff sign-in app holds in the MSP's tenant. */
  public static final List<String> ROLES = List.of("User.Read.All", "GroupMember.Read.All");

  private final Supplier<List<SimStaffAccount>> staff;
  private final Map<String, String> groupNames;

  public MspDirectoryGraph(Supplier<List<SimStaffAccount>> staff, Map<String, String> groupNames) {
    this.staff = staff;
    this.groupNames = Map.copyOf(groupNames);
  }

  /** Handles {@code path} below {@code /graph}, e.g. {@code /v1.0/users}. */
  public SimResponse handle(SimRequest request, String path) {
    String requestId = UUID.randomUUID().toString();
    String clientRequestId =
        request.header("client-request-id").orElse(UUID.randomUUID().toString());
    String[] parts = path.split("/");
    // "", version, collection[, key]
    if (parts.length < 3
        || !(parts[1].equals("v1.0") || parts[1].equals("beta"))
        || !request.method().equals("GET")) {
      return GraphErrors.of(
          400, "BadRequest", "Unsupported request " + path, requestId, clientRequestId);
    }
    boolean users = parts[2].equals("users");
    if (!users && !parts[2].equals("groups")) {
      return GraphErrors.of(
          400, "BadRequest", "Unsupported segment " + parts[2], requestId, clientRequestId);
    }
    if (parts.length == 4) {
      String key = java.net.URLDecoder.decode(parts[3], java.nio.charset.StandardCharsets.UTF_8);
      Optional<JsonObject> one = users ? user(key) : group(key);
      return one.map(o -> json(200, o))
          .orElseGet(
              () ->
                  GraphErrors.of(
                      404,
                      "Request_ResourceNotFound",
                      "Resource '"
                          + key
                          + "' does not exist or one of its queried reference-property objects"
                          + " are not present.",
                      requestId,
                      clientRequestId));
    }
    Map<String, String> q = request.query();
    boolean eventual =
        request.header("ConsistencyLevel").filter("eventual"::equalsIgnoreCase).isPresent();
    if (q.containsKey("$search") && !eventual) {
      return GraphErrors.of(
          400,
          "Request_UnsupportedQuery",
          "Request with $search query parameter only works through MSGraph with a special request"
              + " header: 'ConsistencyLevel: eventual'",
          requestId,
          clientRequestId);
    }
    Predicate<JsonObject> matches = search(q.get("$search"));
    List<JsonObject> all = users ? allUsers() : allGroups();
    List<JsonObject> found = all.stream().filter(matches).toList();
    int top = Integer.parseInt(q.getOrDefault("$top", "100"));
    JsonArray value = new JsonArray();
    found.stream().limit(top).forEach(value::add);
    JsonObject body = new JsonObject();
    body.addProperty(
        "@odata.context",
        "https://graph.microsoft.com/v1.0/$metadata#" + (users ? "users" : "groups"));
    if ("true".equals(q.get("$count"))) {
      body.addProperty("@odata.count", found.size());
    }
    body.add("value", value);
    return json(200, body);
  }

  private Optional<JsonObject> user(String idOrName) {
    return allUsers().stream()
        .filter(
            u ->
                u.get("id").getAsString().equalsIgnoreCase(idOrName)
                    || u.get("userPrincipalName").getAsString().equalsIgnoreCase(idOrName))
        .findFirst();
  }

  private Optional<JsonObject> group(String id) {
    return allGroups().stream()
        .filter(g -> g.get("id").getAsString().equalsIgnoreCase(id))
        .findFirst();
  }

  private List<JsonObject> allUsers() {
    List<JsonObject> list = new ArrayList<>();
    for (SimStaffAccount a : staff.get()) {
      JsonObject u = new JsonObject();
      u.addProperty("id", a.objectId());
      u.addProperty("displayName", a.displayName());
      u.addProperty("userPrincipalName", a.username());
      u.addProperty("mail", a.email());
      list.add(u);
    }
    return list;
  }

  private List<JsonObject> allGroups() {
    List<JsonObject> list = new ArrayList<>();
    groupNames.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(
            e -> {
              JsonObject g = new JsonObject();
              g.addProperty("id", e.getKey());
              g.addProperty("displayName", e.getValue());
              g.addProperty("description", "Staff group of the MSP");
              g.addProperty("securityEnabled", true);
              g.addProperty("mailEnabled", false);
              g.add("groupTypes", GraphJson.strings(List.of()));
              list.add(g);
            });
    return list;
  }

  /** {@code "displayName:olivia" OR "userPrincipalName:olivia"}: any phrase matching. */
  static Predicate<JsonObject> search(String search) {
    if (search == null || search.isBlank()) {
      return o -> true;
    }
    List<Predicate<JsonObject>> phrases = new ArrayList<>();
    for (String phrase : search.split("(?i)\\s+OR\\s+")) {
      String text = phrase.trim().replace("\"", "");
      int colon = text.indexOf(':');
      String field = colon > 0 ? text.substring(0, colon).trim() : "displayName";
      String term = (colon > 0 ? text.substring(colon + 1) : text).trim().toLowerCase(Locale.ROOT);
      phrases.add(o -> o.has(field) && tokenMatch(o.get(field).getAsString(), term));
    }
    return o -> phrases.stream().anyMatch(p -> p.test(o));
  }

  private static boolean tokenMatch(String value, String term) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith(term)) {
      return true;
    }
    for (String token : lower.split("[^\\p{L}\\p{N}]+")) {
      if (!token.isEmpty() && token.startsWith(term)) {
        return true;
      }
    }
    return false;
  }

  private static SimResponse json(int status, JsonObject body) {
    return SimResponse.json(status, body.toString()).withHeader("Content-Type", "application/json");
  }
}
