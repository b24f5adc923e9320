package com.mtdconnect.simulator.control.presenter;

import static com.mtdconnect.simulator.control.identity.AdminConsentPage.escape;

import com.mtdconnect.simulator.control.directory.MembershipChurn;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.control.identity.TokenEndpointGate;
import com.mtdconnect.simulator.control.transport.AppWideGate;
import com.mtdconnect.simulator.control.transport.RequestCounts;
import com.mtdconnect.simulator.entity.ChurnRate;
import com.mtdconnect.simulator.entity.RequestCount;
import com.mtdconnect.simulator.entity.SimGroup;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimUser;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The control page's load and change controls: the requests each tenant received (Graph, steps
 * inside {@code $batch}, token; resettable), the app-wide and token-endpoint throttling counts,
 * membership churn (a rate per simulated hour, a burst now, one member added to or removed from a
 * group), the share of failing app installs and the delta-sync reset.
 */
public final class LoadControls {

  /** The list's extra column header. */
  static final String LIST_HEADER =
      "<th>Requests<br><small>Graph / batch steps / token</small></th>";

  /** Users offered in the member pickers (sample tenants are smaller). */
  private static final int PICKER_USERS = 200;

  /** The largest burst of changes the page makes at once. */
  private static final int BURST = 10_000;

  private static final Set<String> ACTIONS =
      Set.of(
          "churn-rate",
          "churn-now",
          "add-member",
          "remove-member",
          "require-resync",
          "install-failures");

  private final Function<String, Optional<SimulatedTenant>> find;
  private final Function<SimulatedTenant, TenantDirectory> directories;
  private final RequestCounts counts;
  private final MembershipChurn churn;
  private final AppWideGate appGate;
  private final TokenEndpointGate tokenGate;

  public LoadControls(
      Function<String, Optional<SimulatedTenant>> find,
      Function<SimulatedTenant, TenantDirectory> directories,
      RequestCounts counts,
      MembershipChurn churn,
      AppWideGate appGate,
      TokenEndpointGate tokenGate) {
    this.find = find;
    this.directories = directories;
    this.counts = counts;
    this.churn = churn;
    this.appGate = appGate;
    this.tokenGate = tokenGate;
  }

  /**
   * Handles a POST (origin already checked) below {@code /control} if it is one of these controls.
   */
  Optional<SimResponse> handle(String path, Map<String, String> form, String base) {
    if (path.equals("/requests/reset")) {
      counts.reset();
      return Optional.of(seeOther(base + "/control"));
    }
    if (!path.startsWith("/tenant/") || !ACTIONS.contains(form.getOrDefault("action", ""))) {
      return Optional.empty();
    }
    String id = path.substring("/tenant/".length());
    Optional<SimulatedTenant> tenant = find.apply(id);
    if (tenant.isEmpty()) {
      return Optional.of(SimResponse.html(404, "<h1>No such tenant</h1>"));
    }
    apply(tenant.get(), form);
    return Optional.of(seeOther(base + "/control/tenant/" + id));
  }

  private void apply(SimulatedTenant tenant, Map<String, String> form) {
    TenantDirectory dir = directories.apply(tenant);
    switch (form.get("action")) {
      case "churn-rate" ->
          churn.rate(
              dir,
              new ChurnRate(
                  bounded(form, "membersPerHour", 100_000),
                  bounded(form, "devicesPerHour", 100_000)));
      case "churn-now" ->
          churn.changeNow(
              dir,
              (int) bounded(form, "memberChanges", BURST),
              (int) bounded(form, "deviceChanges", BURST));
      case "add-member", "remove-member" -> {
        boolean add = form.get("action").equals("add-member");
        Optional<Integer> group = dir.groupIndexOf(form.getOrDefault("group", ""));
        Optional<Integer> user = dir.userIndexOf(form.getOrDefault("user", ""));
        if (group.isPresent()
            && user.isPresent()
            && !dir.isDeviceGroup(group.get())
            && dir.isMember(group.get(), user.get()) != add) {
          tenant.directory().setMember(group.get(), user.get(), add);
        }
      }
      case "require-resync" -> tenant.requireResync();
      case "install-failures" ->
          tenant.installFailureShare(bounded(form, "installFailures", 100) / 100.0);
      default -> throw new IllegalStateException("unhandled action");
    }
  }

  /** Totals and the app-wide throttling above the tenant list. */
  String summary(String base) {
    RequestCount total = counts.total();
    return "<p>Requests received since the last reset: <b>"
        + total.graph()
        + "</b> Graph (a $batch once), <b>"
        + total.batchSteps()
        + "</b> steps inside batches, <b>"
        + total.token()
        + "</b> token requests. Answered 429 because the app was over a limit across all tenants: <b>"
        + appGate.throttledCount()
        + "</b>; token requests refused for asking too often: <b>"
        + tokenGate.throttledCount()
        + "</b>.</p><form method=\"post\" action=\""
        + base
        + "/control/requests/reset\"><button>Reset request counts</button></form>";
  }

  String listCells(SimulatedTenant t) {
    RequestCount c = counts.of(t.index());
    return "<td>" + c.graph() + " / " + c.batchSteps() + " / " + c.token() + "</td>";
  }

  /** The tenant page's sections for these controls; {@code action} is the page's form target. */
  String detail(SimulatedTenant t, String action) {
    TenantDirectory dir = directories.apply(t);
    RequestCount c = counts.of(t.index());
    ChurnRate rate = churn.rate(t);
    StringBuilder b = new StringBuilder();
    b.append("<h2>Requests received</h2><p>")
        .append(c.graph())
        .append(" Graph requests (a $batch counts once), ")
        .append(c.batchSteps())
        .append(" steps inside batches, ")
        .append(c.token())
        .append(" token requests since the counts were last reset.</p>");
    b.append("<h2>Membership churn</h2><form method=\"post\" action=\"")
        .append(action)
        .append("\"><p>Changes by themselves as simulated time passes (move the clock to see them")
        .append(" in groups/delta and devices/delta).</p>")
        .append(
            field("membersPerHour", "Membership changes per hour", rate.membershipChangesPerHour()))
        .append(
            field(
                "devicesPerHour",
                "Device enrolments and retirements per hour",
                rate.deviceChangesPerHour()))
        .append("<button name=\"action\" value=\"churn-rate\">Set churn rate</button></form>")
        .append("<form method=\"post\" action=\"")
        .append(action)
        .append("\">")
        .append(field("memberChanges", "Membership changes", 10))
        .append(field("deviceChanges", "Device changes", 0))
        .append(
            "<button name=\"action\" value=\"churn-now\">Make these changes now</button></form>");
    b.append("<form method=\"post\" action=\"")
        .append(action)
        .append("\"><label>Group <select name=\"group\">");
    for (int g : dir.groupIndices()) {
      Optional<SimGroup> group = dir.group(g);
      if (group.isPresent() && g != 0 && !dir.isDeviceGroup(g)) {
        b.append("<option value=\"")
            .append(group.get().id())
            .append("\">")
            .append(escape(group.get().displayName()))
            .append(" (")
            .append(dir.members(g).size())
            .append(" members)</option>");
      }
    }
    b.append("</select></label><label>User <select name=\"user\">");
    for (int u = 0; u < Math.min(PICKER_USERS, t.userCount()); u++) {
      SimUser user = dir.user(u);
      b.append("<option value=\"")
          .append(user.id())
          .append("\">")
          .append(escape(user.displayName()))
          .append(" · ")
          .append(escape(user.userPrincipalName()))
          .append("</option>");
    }
    b.append("</select></label>")
        .append("<button name=\"action\" value=\"add-member\">Add to the group</button> ")
        .append("<button name=\"action\" value=\"remove-member\">Remove from the group</button>")
        .append("</form>");
    b.append("<h2>Delta sync and app installs</h2><form method=\"post\" action=\"")
        .append(action)
        .append("\">")
        .append(
            field(
                "installFailures",
                "App installs that fail (%)",
                Math.round(t.installFailureShare() * 100)))
        .append("<button name=\"action\" value=\"install-failures\">Apply</button> ")
        .append("<button name=\"action\" value=\"require-resync\">Reset delta sync (410")
        .append(" resyncRequired)</button></form>");
    return b.toString();
  }

  private static double bounded(Map<String, String> form, String key, double max) {
    try {
      double v = Double.parseDouble(form.getOrDefault(key, "").trim());
      return Double.isFinite(v) ? Math.max(0, Math.min(max, v)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
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

  private static SimResponse seeOther(String location) {
    return new SimResponse(303, Map.of("Location", location), new byte[0]);
  }
}
