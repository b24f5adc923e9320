package com.mtdconnect.simulator.control.presenter;

import static com.mtdconnect.simulator.control.identity.AdminConsentPage.escape;

import com.mtdconnect.simulator.control.intune.AdminEdits;
import com.mtdconnect.simulator.control.intune.MtdConnectors;
import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.TenantFaults;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The simulator control page of demo mode: lists simulated tenants with their consent and fault
 * state and lets a presenter change them (grant, narrow or revoke consent, throttling, 5xx,
 * latency, timeouts, broken connector, expired delta tokens, deleted tenant, an administrator's
 * change of a compliance policy) and move the clock. Plain server-rendered HTML with
 * post-redirect-get; cross-origin posts are refused.
 */
public final class ControlPage {

  private static final int PAGE_SIZE = 50;

  /** The longest step the clock moves at once. */
  static final Duration MAX_CLOCK_STEP = Duration.ofDays(366);

  private final Supplier<List<SimulatedTenant>> tenants;
  private final Function<String, Optional<SimulatedTenant>> find;
  private final SimulatedClock clock;
  private final LoadControls load;

  public ControlPage(
      Supplier<List<SimulatedTenant>> tenants,
      Function<String, Optional<SimulatedTenant>> find,
      SimulatedClock clock,
      LoadControls load) {
    this.tenants = tenants;
    this.find = find;
    this.clock = clock;
    this.load = load;
  }

  /** Handles {@code path} below {@code /control}; {@code base} is the simulator's public URL. */
  public SimResponse handle(SimRequest request, String path, String base) {
    if ("POST".equals(request.method())) {
      Optional<String> origin = request.header("Origin");
      if (origin.isPresent() && !base.startsWith(origin.get())) {
        return SimResponse.html(403, "<h1>Cross-origin request refused</h1>");
      }
      Map<String, String> form = SimRequest.decodeForm(request.bodyText());
      Optional<SimResponse> handled = load.handle(path, form, base);
      if (handled.isPresent()) {
        return handled.get();
      }
      if (path.equals("/clock")) {
        Optional<Duration> step = clockStep(form.get("advance"));
        if (step.isEmpty()) {
          return SimResponse.html(
              400,
              "<h1>The clock was not moved</h1><p>Give a step forward as an ISO-8601 duration"
                  + " from 1 second to "
                  + MAX_CLOCK_STEP.toDays()
                  + " days, for example PT1H or P8D.</p>");
        }
        clock.advance(step.get());
        return seeOther(base + "/control");
      }
      if (path.startsWith("/tenant/")) {
        String id = path.substring("/tenant/".length());
        Optional<SimulatedTenant> tenant = find.apply(id);
        if (tenant.isEmpty()) {
          return SimResponse.html(404, "<h1>No such tenant</h1>");
        }
        apply(tenant.get(), form);
        return seeOther(base + "/control/tenant/" + id);
      }
      return SimResponse.html(404, "<h1>Not found</h1>");
    }
    if (path.isEmpty() || path.equals("/")) {
      return SimResponse.html(200, list(request.query(), base));
    }
    if (path.startsWith("/tenant/")) {
      return find.apply(path.substring("/tenant/".length()))
          .map(t -> SimResponse.html(200, detail(t, base)))
          .orElseGet(() -> SimResponse.html(404, "<h1>No such tenant</h1>"));
    }
    return SimResponse.html(404, "<h1>Not found</h1>");
  }

  /** A step forward of 1 second to {@link #MAX_CLOCK_STEP}; empty for anything else. */
  static Optional<Duration> clockStep(String value) {
    try {
      Duration step = Duration.parse(value == null ? "" : value.trim());
      return step.compareTo(Duration.ofSeconds(1)) >= 0 && step.compareTo(MAX_CLOCK_STEP) <= 0
          ? Optional.of(step)
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static SimResponse seeOther(String location) {
    return new SimResponse(303, Map.of("Location", location), new byte[0]);
  }

  private void apply(SimulatedTenant tenant, Map<String, String> form) {
    TenantFaults faults = tenant.faults();
    switch (form.getOrDefault("action", "")) {
      case "grant-all" -> tenant.grantConsent(Set.of(GraphAppRole.portalSet()));
      case "grant-selected" -> {
        Set<GraphAppRole> roles = EnumSet.noneOf(GraphAppRole.class);
        for (GraphAppRole role : GraphAppRole.values()) {
          if (form.containsKey("role-" + role.name())) {
            roles.add(role);
          }
        }
        tenant.grantConsent(roles);
      }
      case "consent-screen" -> {
        Set<GraphAppRole> withheld = EnumSet.noneOf(GraphAppRole.class);
        for (GraphAppRole role : GraphAppRole.values()) {
          if (form.containsKey("withhold-" + role.name())) {
            withheld.add(role);
          }
        }
        tenant.withholdOnConsent(withheld);
        tenant.replicationDelay(
            Duration.ofMillis((long) (number(form, "replicationSeconds", 2) * 1000)));
      }
      case "revoke" -> tenant.revokeConsent();
      case "disable-app" -> tenant.disableApp();
      case "enable-app" -> tenant.enableApp();
      case "faults" -> {
        faults.throttleRate(percent(form, "throttle"), number(form, "retryAfter", 2.0));
        faults.serverErrorRate(percent(form, "serverErrors"));
        faults.addedLatency(Duration.ofMillis((long) number(form, "latencyMs", 0)));
        faults.timeouts(
            percent(form, "timeouts"), Duration.ofMillis((long) number(form, "hangMs", 30_000)));
        faults.connectorBroken(form.containsKey("connectorBroken"));
        faults.conditionalAccessBlock(form.containsKey("conditionalAccess"));
        faults.tokenThrottled(
            form.containsKey("tokenThrottled") ? number(form, "tokenRetryAfter", 5) : 0);
      }
      case "clear-faults" -> faults.clear();
      case "expire-delta" -> tenant.expireDeltaTokens();
      case "delete" -> tenant.delete();
      case "seed-connector" -> MtdConnectors.seed(tenant, DemoScenario.DEMO_PARTNER_ID, clock);
      case "change-policy" ->
          AdminEdits.changeCompliancePolicy(
              tenant,
              form.getOrDefault("policyId", ""),
              form.getOrDefault("property", "").trim(),
              form.getOrDefault("value", "").trim(),
              clock.now());
      default -> {}
    }
  }

  private static double percent(Map<String, String> form, String key) {
    return Math.max(0, Math.min(100, number(form, key, 0))) / 100.0;
  }

  private static double number(Map<String, String> form, String key, double fallback) {
    try {
      return Double.parseDouble(form.getOrDefault(key, "").trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private String list(Map<String, String> query, String base) {
    String q = query.getOrDefault("q", "").trim().toLowerCase(Locale.ROOT);
    int page = Math.max(0, (int) number(query, "page", 0));
    List<SimulatedTenant> matching =
        tenants.get().stream()
            .filter(
                t ->
                    q.isEmpty()
                        || t.displayName().toLowerCase(Locale.ROOT).contains(q)
                        || t.domain().contains(q)
                        || t.id().contains(q))
            .toList();
    StringBuilder b = new StringBuilder();
    b.append("<h1>Microsoft cloud simulator</h1><p>Simulated time: <b>")
        .append(clock.now())
        .append("</b></p>")
        .append(load.summary(base))
        .append("<form method=\"post\" action=\"")
        .append(base)
        .append("/control/clock\">");
    for (String[] step :
        new String[][] {{"PT1H", "+1 hour"}, {"P1D", "+1 day"}, {"P8D", "+8 days"}}) {
      b.append("<button name=\"advance\" value=\"")
          .append(step[0])
          .append("\">")
          .append(step[1])
          .append("</button> ");
    }
    b.append("</form><form method=\"get\"><label>Find <input name=\"q\" value=\"")
        .append(escape(q))
        .append("\"></label> <button>Search</button></form><p>")
        .append(matching.size())
        .append(" tenants</p><table><thead><tr><th>#</th><th>Tenant</th><th>Users</th>")
        .append("<th>Devices</th><th>Consent</th><th>Faults</th>")
        .append(LoadControls.LIST_HEADER)
        .append("</tr></thead><tbody>");
    matching.stream()
        .skip((long) page * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .forEach(
            t ->
                b.append("<tr><td>")
                    .append(t.index())
                    .append("</td><td><a href=\"")
                    .append(base)
                    .append("/control/tenant/")
                    .append(t.id())
                    .append("\">")
                    .append(escape(t.displayName()))
                    .append("</a><br><small>")
                    .append(escape(t.domain()))
                    .append("</small></td><td>")
                    .append(t.userCount())
                    .append("</td><td>")
                    .append(t.deviceCount())
                    .append("</td><td>")
                    .append(consent(t))
                    .append("</td><td>")
                    .append(faults(t))
                    .append("</td>")
                    .append(load.listCells(t))
                    .append("</tr>"));
    b.append("</tbody></table>");
    if ((page + 1) * PAGE_SIZE < matching.size()) {
      b.append("<p><a href=\"?q=")
          .append(URLEncoder.encode(q, StandardCharsets.UTF_8))
          .append("&page=")
          .append(page + 1)
          .append("\">Next page</a></p>");
    }
    return frame(b.toString());
  }

  private static String consent(SimulatedTenant t) {
    if (t.isDeleted()) {
      return "tenant deleted";
    }
    return switch (t.consent()) {
      case NOT_CONSENTED -> "not consented";
      case REVOKED -> "revoked";
      case CONSENTED ->
          t.grantedRoles().size()
              + " permissions"
              + (t.isAppDisabled() ? ", our enterprise app disabled" : "");
    };
  }

  private static String faults(SimulatedTenant t) {
    TenantFaults f = t.faults();
    StringBuilder s = new StringBuilder();
    if (f.throttleRate() > 0) {
      s.append("throttle ").append(Math.round(f.throttleRate() * 100)).append("% ");
    }
    if (f.serverErrorRate() > 0) {
      s.append("5xx ").append(Math.round(f.serverErrorRate() * 100)).append("% ");
    }
    if (!f.addedLatency().isZero()) {
      s.append("+").append(f.addedLatency().toMillis()).append(" ms ");
    }
    if (f.timeoutRate() > 0) {
      s.append("timeouts ").append(Math.round(f.timeoutRate() * 100)).append("% ");
    }
    if (f.connectorBroken()) {
      s.append("connector broken ");
    }
    if (f.conditionalAccessBlock()) {
      s.append("blocked by Conditional Access ");
    }
    if (f.tokenThrottled()) {
      s.append("token endpoint 429 ");
    }
    return s.length() == 0 ? "none" : s.toString().trim();
  }

  private String detail(SimulatedTenant t, String base) {
    String action = base + "/control/tenant/" + t.id();
    TenantFaults f = t.faults();
    StringBuilder b = new StringBuilder();
    b.append("<p><a href=\"")
        .append(base)
        .append("/control\">All tenants</a></p><h1>")
        .append(escape(t.displayName()))
        .append("</h1><p>")
        .append(escape(t.domain()))
        .append(" · ")
        .append(t.id())
        .append("</p><p>")
        .append(t.userCount())
        .append(" users, ")
        .append(t.deviceCount())
        .append(" devices, ")
        .append(t.tokenRequests())
        .append(" token requests so far. Consent: ")
        .append(consent(t))
        .append(". Faults: ")
        .append(faults(t))
        .append(".</p>");
    b.append("<h2>Consent</h2><form method=\"post\" action=\"").append(action).append("\">");
    for (GraphAppRole role : GraphAppRole.values()) {
      b.append("<label><input type=\"checkbox\" name=\"role-")
          .append(role.name())
          .append("\"")
          .append(t.grantedRoles().contains(role) ? " checked" : "")
          .append("> ")
          .append(role.value())
          .append("</label>");
    }
    b.append("<button name=\"action\" value=\"grant-selected\">Grant exactly these</button> ")
        .append("<button name=\"action\" value=\"grant-all\">Grant the portal's set</button> ")
        .append("<button name=\"action\" value=\"revoke\">Delete our enterprise app</button> ")
        .append(
            t.isAppDisabled()
                ? "<button name=\"action\" value=\"enable-app\">Enable our enterprise app</button>"
                : "<button name=\"action\" value=\"disable-app\">Disable our enterprise app"
                    + " (sign-in blocked)</button>")
        .append("</form>");
    b.append("<h2>Consent screen</h2><form method=\"post\" action=\"")
        .append(action)
        .append(
            "\"><p>What the next admin consent grants: everything the app asks for except:</p>");
    for (GraphAppRole role : GraphAppRole.values()) {
      b.append("<label><input type=\"checkbox\" name=\"withhold-")
          .append(role.name())
          .append("\"")
          .append(t.withheldOnConsent().contains(role) ? " checked" : "")
          .append("> ")
          .append(role.value())
          .append("</label>");
    }
    b.append(field("replicationSeconds", "Replication delay (s)", t.replicationDelay().toSeconds()))
        .append("<button name=\"action\" value=\"consent-screen\">Save</button></form>");
    b.append("<h2>Faults</h2><form method=\"post\" action=\"")
        .append(action)
        .append("\">")
        .append(field("throttle", "Throttled requests (%)", Math.round(f.throttleRate() * 100)))
        .append(field("retryAfter", "Retry-After (s)", f.throttleRetryAfterSeconds()))
        .append(field("serverErrors", "5xx responses (%)", Math.round(f.serverErrorRate() * 100)))
        .append(field("latencyMs", "Added latency (ms)", f.addedLatency().toMillis()))
        .append(field("timeouts", "Hanging requests (%)", Math.round(f.timeoutRate() * 100)))
        .append(field("hangMs", "Hang for (ms)", f.timeoutHang().toMillis()))
        .append("<label><input type=\"checkbox\" name=\"connectorBroken\"")
        .append(f.connectorBroken() ? " checked" : "")
        .append("> MTD connector stops sending heartbeats</label>")
        .append("<label><input type=\"checkbox\" name=\"conditionalAccess\"")
        .append(f.conditionalAccessBlock() ? " checked" : "")
        .append("> A Conditional Access policy blocks our app (AADSTS53003)</label>")
        .append("<label><input type=\"checkbox\" name=\"tokenThrottled\"")
        .append(f.tokenThrottled() ? " checked" : "")
        .append("> Token endpoint answers 429</label>")
        .append(
            field(
                "tokenRetryAfter",
                "Token Retry-After (s)",
                f.tokenThrottled() ? f.tokenThrottleRetryAfterSeconds() : 5))
        .append("<button name=\"action\" value=\"faults\">Apply</button> ")
        .append("<button name=\"action\" value=\"clear-faults\">Clear all faults</button></form>");
    b.append("<h2>Events</h2><form method=\"post\" action=\"")
        .append(action)
        .append("\"><button name=\"action\" value=\"expire-delta\">Expire delta tokens</button> ")
        .append("<button name=\"action\" value=\"seed-connector\">Add an MTD connector</button> ")
        .append("<button name=\"action\" value=\"delete\">Delete the tenant</button></form>");
    b.append(AdminEdits.section(t, action));
    b.append(load.detail(t, action));
    return frame(b.toString());
  }

  private static String field(String name, String label, Object value) {
    return "<label>"
        + label
        + " <input name=\""
        + name
        + "\" value=\""
        + escape(String.valueOf(value))
        + "\" size=\"8\"></label>";
  }

  private static String frame(String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Simulator control</title><style>body{font-family:sans-serif;margin:24px}"
        + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:4px 8px;"
        + "text-align:left}label{display:block;margin:4px 0}</style></head><body>"
        + body
        + "</body></html>";
  }
}
