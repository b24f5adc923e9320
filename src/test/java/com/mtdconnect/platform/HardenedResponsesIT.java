package com.mtdconnect.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import com.mtdconnect.testsupport.StaffClient;
import com.mtdconnect.testsupport.TestDatabase;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The findings of the security review, over HTTP as a browser or a scanner meets the portal:
 * security headers on the sign-in mechanism's own answers, friendly answers to a postback without
 * the page's script nonce and to ids that cannot be parsed, customer pages that create no session,
 * no management endpoints and no server banner on the portal's port, start-up role assignments
 * audited with their scope tags, and the stored link-signing key encrypted.
 */
@PortalIT
@RunAsClient
class HardenedResponsesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployment;

  private HttpClient http;
  private String base;

  @BeforeEach
  void client() {
    http = StaffClient.newHttpClient();
    base = Browser.base(deployment);
  }

  @Test
  void theSignInMechanismsOwnRedirectsCarryTheSecurityHeaders() throws Exception {
    StaffClient anonymous = new StaffClient(http, base);
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
    answers.put("a protected page", anonymous.get("/tenancy/list.xhtml"));
    answers.put("the landing page", anonymous.get("/"));
    answers.put("the start of a sign-in", anonymous.get("/signin/start"));
    answers.put("a callback without a sign-in", anonymous.get("/signin/callback?code=x&state=y"));
    List<String> missing = new ArrayList<>();
    answers.forEach(
        (what, response) -> {
          assertEquals(302, response.statusCode(), what);
          missing.addAll(missingSecurityHeaders(what, response.headers()));
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void aPostbackWithoutTheScriptNonceAnswersLikeAnExpiredPage() throws Exception {
    StaffClient admin = signedIn("admin");
    HttpResponse<String> editor = admin.get("/tenancy/edit.xhtml");
    assertEquals(200, editor.statusCode());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("editor", "editor");
    form.put("editor:displayName", "");
    form.put("jakarta.faces.ViewState", StaffClient.viewState(editor.body()));

    HttpResponse<String> full = admin.post("/tenancy/edit.xhtml", form, Optional.of(base));
    assertEquals(400, full.statusCode(), full.body());
    assertTrue(full.body().contains("Your page expired"), full.body());

    Map<String, String> ajax = new LinkedHashMap<>(form);
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.source", "editor");
    ajax.put("jakarta.faces.partial.execute", "editor");
    ajax.put("jakarta.faces.partial.render", "editor");
    HttpResponse<String> partial = admin.post("/tenancy/edit.xhtml", ajax, Optional.of(base));
    assertTrue(partial.body().contains("Your page expired"), partial.body());
    assertFalse(partial.body().contains("<error-name>"), "no ajax error naming the exception");
  }

  @Test
  void anIdThatCannotBeParsedIsNotFoundAndNeverOpensAnEmptyForm() throws Exception {
    for (String username : List.of("support", "admin")) {
      StaffClient staff = signedIn(username);
      for (String page :
          List.of(
              "/tenancy/view.xhtml?tenant=abc",
              "/tenancy/edit.xhtml?tenant=abc",
              "/rbac/role.xhtml?role=abc",
              "/rbac/assignment.xhtml?assignment=abc",
              "/consent/permissions.xhtml?tenant=abc")) {
        HttpResponse<String> response = staff.get(page);
        assertEquals(404, response.statusCode(), username + " " + page);
        assertTrue(response.body().contains("Page not found"), username + " " + page);
        // the error page keeps the navigation (with its "Register tenant" link), but no editor
        // opens
        assertFalse(response.body().contains("id=\"editor\""), username + " " + page);
        assertFalse(response.body().contains("New custom role"), username + " " + page);
      }
    }
    assertEquals(
        403,
        signedIn("support").get("/tenancy/edit.xhtml").statusCode(),
        "without an id the editor still refuses staff who may not register");
  }

  @Test
  void openingACustomerPageCreatesNoSession() throws Exception {
    for (String page :
        List.of(
            "/consent/customer/approve.xhtml?link=x",
            "/consent/customer/outcome.xhtml?result=x",
            "/consent/customer/refused.xhtml?reason=unknown")) {
      HttpResponse<String> response = new StaffClient(http, base).get(page);
      assertEquals(200, response.statusCode(), page);
      assertEquals(
          List.of(),
          response.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("JSESSIONID"))
              .toList(),
          page);
    }
  }

  @Test
  void metricsAndApiDescriptionsAreNotServedToAnyoneAndHealthStillAnswers() throws Exception {
    StaffClient admin = signedIn("admin");
    StaffClient anonymous = new StaffClient(http, base);
    for (StaffClient client : List.of(anonymous, admin)) {
      for (String path :
          List.of(
              "/metrics",
              "/metrics/base",
              "/openapi",
              "/openapi/application.wadl",
              "/application.wadl")) {
        HttpResponse<String> response = client.get(path);
        assertTrue(
            response.statusCode() == 403 || response.statusCode() == 404,
            path + " answered " + response.statusCode());
        assertFalse(response.body().contains("# TYPE"), path + " shows metrics");
        assertFalse(response.body().contains("wadl"), path + " shows a WADL");
      }
    }
    HttpResponse<String> ready = anonymous.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
  }

  @Test
  void noResponseNamesTheServer() throws Exception {
    StaffClient anonymous = new StaffClient(http, base);
    for (String path : List.of("/signin.xhtml", "/tenancy/list.xhtml", "/health/ready", "/x")) {
      HttpHeaders headers = anonymous.get(path).headers();
      assertEquals(Optional.empty(), headers.firstValue("Server"), path);
      assertEquals(Optional.empty(), headers.firstValue("X-Powered-By"), path);
    }
  }

  @Test
  void roleAssignmentsMadeAtStartUpAreAuditedWithTheirScopeTags() throws Exception {
    try (Connection db = TestDatabase.get().connect();
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT e.role_scope_tags, a.all_tenants,"
                    + " (SELECT GROUP_CONCAT(t.scope_tag ORDER BY t.scope_tag)"
                    + " FROM rbac_assignment_scope_tag t WHERE t.assignment_id = a.id)"
                    + " FROM audit_event e JOIN rbac_assignment a ON a.id = e.object_id"
                    + " WHERE e.action = 'ROLE_ASSIGNED' AND e.actor = 'system:demo-seed'")) {
      int seeded = 0;
      int tagged = 0;
      while (rows.next()) {
        seeded++;
        String recorded = rows.getString(1);
        String expected = rows.getBoolean(2) ? "" : rows.getString(3);
        assertEquals(
            sortedTags(expected), recorded == null ? null : sortedTags(recorded), "event tags");
        if (!expected.isEmpty()) {
          tagged++;
        }
      }
      assertTrue(seeded >= 7, "the demo seed's assignments are audited: " + seeded);
      assertTrue(tagged >= 3, "some of them are tag-scoped: " + tagged);
    }
  }

  @Test
  void theGeneratedLinkSigningKeyIsStoredEncrypted() throws Exception {
    try (Connection db = TestDatabase.get().connect();
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery("SELECT secret FROM consent_signing_key WHERE id = 1")) {
      assertTrue(row.next(), "the key was generated at start");
      String stored = row.getString(1);
      assertTrue(stored.startsWith("v1:"), "AES-GCM sealed, not the plain key");
      assertFalse(stored.length() == 43, "not a plain 256-bit base64url key");
    }
  }

  private static String sortedTags(String tags) {
    return String.join(
        ",", Arrays.stream(tags.split(",")).filter(t -> !t.isEmpty()).sorted().toList());
  }

  private StaffClient signedIn(String username) throws Exception {
    StaffClient client = new StaffClient(StaffClient.newHttpClient(), base);
    assertEquals(302, client.signInAs(username).statusCode(), username + " signs in");
    return client;
  }

  private static List<String> missingSecurityHeaders(String what, HttpHeaders headers) {
    List<String> missing = new ArrayList<>();
    if (headers.allValues("Content-Security-Policy").stream()
        .noneMatch(csp -> csp.contains("frame-ancestors 'none'"))) {
      missing.add(what + ": Content-Security-Policy");
    }
    if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
      missing.add(what + ": X-Content-Type-Options");
    }
    if (!headers
        .firstValue("Referrer-Policy")
        .orElse("")
        .equals("strict-origin-when-cross-origin")) {
      missing.add(what + ": Referrer-Policy");
    }
    if (!headers.firstValue("Cache-Control").orElse("").equals("no-store")) {
      missing.add(what + ": Cache-Control");
    }
    return missing;
  }
}
