package com.mtdconnect.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.PortalProcess;
import com.mtdconnect.testsupport.StaffClient;
import com.mtdconnect.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production artifact as an operator deploys it: {@code target/ROOT.war} on Payara Micro
 * (started like the README says, not through Arquillian) against an empty MariaDB database, with a
 * production-style configuration file. Nothing of the demo layer may be inside or reachable.
 */
class ProductionArtifactIT {

  private static final String MSP_TENANT = "11111111-1111-1111-1111-111111111111";
  private static final String STAFF_APP = "22222222-2222-2222-2222-222222222222";
  private static final String FIRST_ADMINS = "33333333-3333-3333-3333-333333333333";

  /** Who the demo layer would have created, by name. */
  private static final List<String> DEMO_STAFF =
      List.of("admin", "operator", "support", "rbacadmin", "emea-support", "policy", "helpdesk");

  private static TestDatabase database;
  private static PortalProcess portal;
  private static StaffClient client;

  @BeforeAll
  static void deployTheProductionWar() throws IOException {
    database = TestDatabase.fresh();
    int port = PortalProcess.freePort();
    Path work = Path.of(System.getProperty("portal.it.work", "target/it"), "production");
    Files.createDirectories(work);
    Path config = work.resolve("production.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "portal.base-url=http://localhost:" + port,
            "db.url=" + database.jdbcUrl(),
            "db.user=" + database.user(),
            "staff-signin.tenant-id=" + MSP_TENANT,
            "staff-signin.client-id=" + STAFF_APP,
            "portal.bootstrap-admin.group=" + FIRST_ADMINS,
            "entra.client-id=00000000-0000-0000-0000-000000000000",
            ""));
    List<String> command =
        PortalProcess.command(
            PortalProcess.payaraJar(),
            PortalProcess.built("portal.production-war"),
            port,
            work.resolve("payara").toFile(),
            Map.of(
                // secrets come from the environment in production; -D stands in for it here
                "db.password", database.password(),
                "staff-signin.client-secret", "production-test-secret",
                "entra.client-secret", "production-test-app-secret",
                "portal.secrets.key", "c5Y8mQ2v0kqkzq9o7m3o5P1l4v1m4r6T0h8b3n2a7d0="),
            Optional.of(config.toFile()));
    portal = PortalProcess.start(command, port, work.resolve("payara.log"));
    client = new StaffClient(StaffClient.newHttpClient(), portal.baseUrl());
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void theWarHoldsNoSimulatorNoDemoAndNoDemoLayer() throws IOException {
    List<String> demo = new ArrayList<>();
    try (ZipFile war = new ZipFile(PortalProcess.built("portal.production-war"))) {
      for (ZipEntry entry : Collections.list(war.entries())) {
        String name = entry.getName();
        if (name.contains("com/mtdconnect/simulator/")
            || name.contains("com/mtdconnect/demo/")
            || name.contains("demo-layer")
            || name.endsWith("web-fragment.xml")) {
          demo.add(name);
        }
      }
    }
    assertEquals(List.of(), demo, "the production WAR contains demo parts");
  }

  @Test
  void theSimulatorsPathsAreNotFound() throws Exception {
    for (String path :
        List.of(
            "/simulator/control",
            "/simulator/login/" + MSP_TENANT + "/oauth2/v2.0/authorize",
            "/simulator/login/common/discovery/instance",
            "/simulator/graph/v1.0/groups")) {
      HttpResponse<String> response = client.get(path);
      assertEquals(404, response.statusCode(), path);
      assertSecurityHeaders(response, path);
    }
  }

  @Test
  void signInGoesToTheConfiguredEntraTenant() throws Exception {
    HttpResponse<String> protectedPage = client.get("/tenancy/list.xhtml");
    assertEquals(302, protectedPage.statusCode());
    assertTrue(location(protectedPage).contains("/signin.xhtml"), location(protectedPage));
    assertSecurityHeaders(protectedPage, "the redirect to the sign-in page");

    HttpResponse<String> signInPage = client.get("/signin.xhtml");
    assertEquals(200, signInPage.statusCode());
    assertSecurityHeaders(signInPage, "/signin.xhtml");
    assertFalse(signInPage.body().contains("notConfigured"), "sign-in is configured");

    HttpResponse<String> start = client.startSignIn(null);
    assertEquals(302, start.statusCode());
    URI toEntra = URI.create(location(start));
    assertEquals(
        "https://login.microsoftonline.com/" + MSP_TENANT + "/oauth2/v2.0/authorize",
        toEntra.getScheme() + "://" + toEntra.getHost() + toEntra.getPath());
    Map<String, String> query = StaffClient.queryOf(toEntra);
    assertEquals(STAFF_APP, query.get("client_id"));
    assertEquals(portal.baseUrl() + "/signin/callback", query.get("redirect_uri"));
    assertEquals("code", query.get("response_type"));
    assertSecurityHeaders(start, "/signin/start");
  }

  @Test
  void readinessAndLivenessAnswer() throws Exception {
    for (String path : List.of("/health/ready", "/health/live")) {
      HttpResponse<String> response = client.get(path);
      assertEquals(200, response.statusCode(), path + ": " + response.body());
      assertTrue(response.body().contains("UP"), response.body());
    }
  }

  @Test
  void noDemoTenantNoDemoStaffOnlyTheConfiguredFirstAdministrators() throws Exception {
    try (Connection db = database.connect();
        Statement sql = db.createStatement()) {
      assertEquals(0, count(sql, "SELECT COUNT(*) FROM tenant"), "no tenant was seeded");
      assertEquals(
          0,
          count(sql, "SELECT COUNT(*) FROM audit_event WHERE actor LIKE '%demo%'"),
          "nothing was done by a demo seeder");
      assertEquals(
          0,
          count(
              sql,
              "SELECT COUNT(*) FROM rbac_assignment_staff WHERE username IN ('"
                  + String.join("','", DEMO_STAFF)
                  + "')"),
          "no demo staff member holds a role");
      assertEquals(
          List.of(FIRST_ADMINS),
          strings(sql, "SELECT DISTINCT group_id FROM rbac_assignment_group"),
          "the only group with roles is the configured first administrators'");
      assertEquals(
          0,
          count(sql, "SELECT COUNT(*) FROM rbac_assignment WHERE name LIKE 'Demo%'"),
          "no demo assignment");
    }
  }

  private static void assertSecurityHeaders(HttpResponse<?> response, String what) {
    for (String header :
        List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")) {
      assertTrue(
          response.headers().firstValue(header).isPresent(),
          what + " (" + response.statusCode() + ") lacks " + header);
    }
    assertEquals(
        Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), what);
    assertEquals(Optional.empty(), response.headers().firstValue("Server"), what);
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static int count(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static List<String> strings(Statement sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
