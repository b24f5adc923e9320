package com.mtdconnect.simulator.control.identity;

import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The v2.0 admin-consent endpoint (graph-contracts §1.1): a page that looks like Microsoft's
 * consent screen, where the simulated admin accepts or cancels, followed by Microsoft's exact
 * redirects — success {@code admin_consent=True&tenant&scope&state}; cancel {@code
 * error=access_denied} with AADSTS65004 and no {@code tenant}; wrong account AADSTS50020. An
 * unregistered redirect URI or unknown client gets an error page (AADSTS50011 / 700016), never a
 * redirect.
 */
public final class AdminConsentPage {

  private static final Map<String, String> ACCOUNTS =
      Map.of(
          "admin", "Global administrator of this tenant",
          "user", "A user without admin rights",
          "foreign", "An administrator of a different tenant");

  private final Function<String, Optional<SimulatedTenant>> tenants;
  private final Function<String, Optional<AppRegistration>> applications;
  private final Supplier<List<SimulatedTenant>> allTenants;

  public AdminConsentPage(
      Function<String, Optional<SimulatedTenant>> tenants,
      Function<String, Optional<AppRegistration>> applications,
      Supplier<List<SimulatedTenant>> allTenants) {
    this.tenants = tenants;
    this.applications = applications;
    this.allTenants = allTenants;
  }

  public SimResponse handle(SimRequest request, String tenantSegment) {
    Map<String, String> params =
        "POST".equals(request.method())
            ? SimRequest.decodeForm(request.bodyText())
            : request.query();
    String clientId = params.getOrDefault("client_id", "");
    String redirectUri = params.getOrDefault("redirect_uri", "");
    String state = params.get("state");
    Optional<AppRegistration> app = applications.apply(clientId);
    if (app.isEmpty()) {
      return errorPage(
          700016, "Application with identifier '" + clientId + "' was not found in the directory.");
    }
    if (!app.get().allowsRedirect(redirectUri)) {
      return errorPage(
          50011,
          "The redirect URI '"
              + redirectUri
              + "' specified in the request does not match the redirect URIs configured for the"
              + " application '"
              + clientId
              + "'.");
    }
    boolean anyTenant =
        tenantSegment.equalsIgnoreCase("organizations") || tenantSegment.equalsIgnoreCase("common");
    Optional<SimulatedTenant> tenant =
        anyTenant
            ? Optional.ofNullable(params.get("tenant_choice")).flatMap(tenants)
            : tenants.apply(tenantSegment);
    if (!anyTenant && (tenant.isEmpty() || tenant.get().isDeleted())) {
      return errorPage(90002, "Tenant '" + tenantSegment + "' not found.");
    }
    if (!"POST".equals(request.method())) {
      return SimResponse.html(200, page(app.get(), tenantSegment, anyTenant, tenant, params));
    }
    String decision = params.getOrDefault("decision", "cancel");
    String account = params.getOrDefault("account", "admin");
    if ("cancel".equals(decision)) {
      return redirect(
          redirectUri,
          errorParams(
              "access_denied",
              "AADSTS65004: User declined to consent to access the app.",
              65004,
              state));
    }
    if (tenant.isEmpty() || tenant.get().isDeleted()) {
      return errorPage(90002, "Choose an existing tenant.");
    }
    if ("foreign".equals(account)) {
      return redirect(
          redirectUri,
          errorParams(
              "access_denied",
              "AADSTS50020: User account 'admin@fabrikam.example' from identity provider"
                  + " 'https://sts.windows.net/"
                  + UUID.randomUUID()
                  + "/' does not exist in tenant '"
                  + tenant.get().displayName()
                  + "' and cannot access the application '"
                  + clientId
                  + "' in that tenant.",
              50020,
              state));
    }
    if ("user".equals(account)) {
      return errorPage(
          90094,
          "Need admin approval: "
              + app.get().displayName()
              + " needs permission to access resources in your organization that only an admin"
              + " can grant.");
    }
    tenant.get().consentOnScreen(app.get().requiredRoles(), java.time.Instant.now());
    Map<String, String> success = new LinkedHashMap<>();
    success.put("admin_consent", "True");
    success.put("tenant", tenant.get().id());
    success.put("scope", scopeList(app.get()));
    if (state != null) {
      success.put("state", state);
    }
    return redirect(redirectUri, success);
  }

  private static String scopeList(AppRegistration app) {
    List<String> scopes = new ArrayList<>();
    app.requiredRoles().stream()
        .sorted(Comparator.comparing(GraphAppRole::value))
        .forEach(r -> scopes.add("https://graph.microsoft.com/" + r.value()));
    return String.join(" ", scopes);
  }

  private static Map<String, String> errorParams(
      String error, String description, int code, String state) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("error", error);
    p.put(
        "error_description",
        description
            + "\r\nTrace ID: "
            + UUID.randomUUID()
            + "\r\nCorrelation ID: "
            + UUID.randomUUID()
            + "\r\nTimestamp: "
            + Instant.now());
    p.put("error_uri", "https://login.microsoftonline.com/error?code=" + code);
    p.put("admin_consent", "True");
    if (state != null) {
      p.put("state", state);
    }
    return p;
  }

  private static SimResponse redirect(String uri, Map<String, String> params) {
    StringBuilder location = new StringBuilder(uri).append(uri.contains("?") ? '&' : '?');
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!first) {
        location.append('&');
      }
      first = false;
      location
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return new SimResponse(
        302, Map.of("Location", location.toString(), "Cache-Control", "no-store"), new byte[0]);
  }

  private static SimResponse errorPage(int code, String message) {
    return SimResponse.html(
        400,
        frame(
            "Sign in",
            "<h1>Sorry, but we're having trouble signing you in.</h1><p class=\"err\">AADSTS"
                + code
                + ": "
                + escape(message)
                + "</p><p class=\"meta\">Trace ID: "
                + UUID.randomUUID()
                + "</p>"));
  }

  private String page(
      AppRegistration app,
      String tenantSegment,
      boolean anyTenant,
      Optional<SimulatedTenant> tenant,
      Map<String, String> params) {
    StringBuilder body = new StringBuilder();
    body.append("<div class=\"brand\">Microsoft</div>");
    body.append("<h1>Permissions requested</h1>");
    body.append("<p class=\"app\"><b>")
        .append(escape(app.displayName()))
        .append("</b><br><span class=\"meta\">unverified</span></p>");
    body.append("<p>This app would like to:</p><ul>");
    app.requiredRoles().stream()
        .sorted(Comparator.comparing(GraphAppRole::value))
        .forEach(
            r ->
                body.append("<li>")
                    .append(escape(r.value()))
                    .append(" <span class=\"meta\">(Microsoft Graph, application)</span></li>"));
    body.append("</ul>");
    body.append(
        "<p class=\"meta\">If you accept, this app will get access to the specified resources for"
            + " all users in your organization. No one else will be prompted to review these"
            + " permissions.</p>");
    body.append("<form method=\"post\" action=\"\">");
    for (String key : new String[] {"client_id", "redirect_uri", "state", "scope"}) {
      if (params.containsKey(key)) {
        body.append("<input type=\"hidden\" name=\"")
            .append(key)
            .append("\" value=\"")
            .append(escape(params.get(key)))
            .append("\">");
      }
    }
    if (anyTenant) {
      body.append("<label>Organization <select name=\"tenant_choice\">");
      allTenants.get().stream()
          .filter(t -> !t.isDeleted())
          .limit(200)
          .forEach(
              t ->
                  body.append("<option value=\"")
                      .append(t.id())
                      .append("\">")
                      .append(escape(t.displayName()))
                      .append(" (")
                      .append(escape(t.domain()))
                      .append(")</option>"));
      body.append("</select></label>");
    } else {
      body.append("<p>Organization: <b>")
          .append(escape(tenant.map(SimulatedTenant::displayName).orElse(tenantSegment)))
          .append("</b></p>");
    }
    body.append("<label>Signed in as <select name=\"account\">");
    ACCOUNTS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                body.append("<option value=\"")
                    .append(e.getKey())
                    .append("\"")
                    .append(e.getKey().equals("admin") ? " selected" : "")
                    .append(">")
                    .append(escape(e.getValue()))
                    .append("</option>"));
    body.append("</select></label>");
    body.append(
        "<div class=\"buttons\"><button name=\"decision\" value=\"cancel\">Cancel</button>"
            + "<button class=\"primary\" name=\"decision\" value=\"accept\">Accept</button></div>");
    body.append("</form>");
    return frame("Permissions requested", body.toString());
  }

  private static String frame(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + "</title><style>body{font-family:'Segoe UI',sans-serif;background:#f2f2f2;margin:0}"
        + "main{background:#fff;max-width:440px;margin:60px auto;padding:44px;"
        + "box-shadow:0 2px 6px rgba(0,0,0,.2)}h1{font-size:24px;font-weight:600}"
        + ".brand{font-weight:600;color:#737373}.meta{color:#666;font-size:13px}"
        + ".err{color:#a80000}label{display:block;margin:12px 0}"
        + ".buttons{text-align:right;margin-top:24px}button{min-width:108px;padding:6px 12px;"
        + "margin-left:8px;border:1px solid #8a8886;background:#fff}"
        + "button.primary{background:#0067b8;color:#fff;border-color:#0067b8}</style></head>"
        + "<body><main>"
        + body
        + "<p class=\"meta\">Simulated Microsoft Entra ID (MTD Connect demo)</p></main></body></html>";
  }

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
