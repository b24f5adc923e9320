package com.mtdconnect.browser;

import static com.mtdconnect.browser.PortalDatabase.single;
import static com.mtdconnect.browser.PortalDatabase.tenantId;
import static com.mtdconnect.browser.PortalDatabase.update;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The dashboards in a real browser, over the demo's simulated fleet plus one tenant whose stored
 * polling and health results the test sets (Proseware Legal: failing with score 5, an unresponsive
 * connector, 40 of 100 devices installed, 30 protected). Every fleet counter equals what the
 * database holds, counted here by plain SQL of its own; a tag-scoped reader counts only their
 * tenants; the read-only operator sees the tenant dashboard without any button that changes
 * something. Screenshots go to {@code target/screenshots/}.
 */
@PortalIT
@RunAsClient
class DashboardBrowserIT {

  private static final List<String> COUNTERS =
      List.of(
          "tenants",
          "healthy",
          "degraded",
          "failing",
          "notPolled",
          "consentMissing",
          "connectorUnresponsive",
          "policyDrift",
          "devicesProtected",
          "devices");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployment;

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theFleetCountsWhatIsStoredRanksTheFailingTenantFirstAndItsDashboardExplainsIt()
      throws Exception {
    // a sample no test of the run asks for consent (the database is shared: ConsentBrowserIT, run
    // earlier, has Tailspin Toys consent), so its dashboard must offer the consent link
    long proseware = tenantId("Proseware Legal");
    stopPolling(proseware);
    storedResults(proseware);
    String driftedPolicy = policyDrift(tenantId("Southridge Video"));
    browser = Browser.open();
    PortalPages pages = new PortalPages(browser, Browser.base(deployment));
    pages.signInAs("admin");
    pages.waitForUrl("/dashboard/fleet.xhtml"); // the landing page after sign-in

    countersMatchTheDatabase(pages, "");
    assertTrue(number(pages.text("failing")) >= 1, "Proseware Legal is failing");
    assertTrue(number(pages.text("devicesProtected")) >= 30, pages.text("devicesProtected"));
    String attention = pages.text("overview:attention");
    assertTrue(attention.contains("Proseware Legal Failing 5"), attention);
    assertTrue(
        attention.contains("9 days. Open tenant"), "the fix for a silent connector: " + attention);
    assertRankedByUrgency(browser);
    // a tenant with unresolved policy drift is listed after the failing and degraded ones, with
    // the policy, the number of fields and the one action; only a full list of unhealthy tenants
    // leaves no room for it
    String drifted = "Policy " + driftedPolicy + " drifted in Intune: 1 field";
    List<String> health = healthColumn(browser);
    assertTrue(
        attention.contains(drifted + " Accept or revert the drift")
            || (health.size() == 10
                && health.stream()
                    .allMatch(h -> h.startsWith("Failing") || h.startsWith("Degraded"))),
        attention);
    // this hour holds the stored round (12 requests, 3 throttled) and whatever the demo's own
    // rounds added since it started
    String throttling = pages.text("overview:throttlingNumbers");
    String[] thisHour = throttling.lines().reduce((a, b) -> b).orElseThrow().trim().split("\\s+");
    assertTrue(
        Long.parseLong(thisHour[thisHour.length - 2]) >= 3
            && Long.parseLong(thisHour[thisHour.length - 1]) >= 12,
        throttling);
    Browser.screenshot(browser, "dashboard-01-fleet");

    pages.choose("fleet:health", "Failing");
    pages.waitForText("fleet:table", "Proseware Legal");
    String table = pages.text("fleet:table_data");
    assertTrue(table.contains("40") && table.contains("100"), table);
    Browser.screenshot(browser, "dashboard-02-fleet-failing");

    pages.open("/dashboard/tenant.xhtml?tenant=" + proseware);
    pages.waitForText("dashScore", "5");
    assertEquals("Failing", pages.text("dashHealthState"));
    assertEquals("100", pages.text("dashDevices"));
    assertEquals("40 %", pages.text("dashCoverage"));
    assertEquals("30", pages.text("dashProtected"));
    assertEquals("1", pages.text("dashOpenAlerts"));
    assertTrue(pages.text("dashConnectorReason").contains("no heartbeat for 9 days"));
    assertTrue(pages.text("dashGraphUse").contains("12 request(s)"), pages.text("dashGraphUse"));
    assertTrue(pages.text("reasons").contains("No heartbeat"), pages.text("reasons"));
    assertTrue(pages.text("summary:consentLine").contains("Send a consent link"));
    Browser.screenshot(browser, "dashboard-03-tenant");

    browser.quit();
    browser = Browser.open();
    pages = new PortalPages(browser, Browser.base(deployment));
    pages.signInAs("support");
    pages.open("/dashboard/tenant.xhtml?tenant=" + proseware);
    pages.waitForText("dashScore", "5");
    assertTrue(
        browser.findElements(By.id("health:recompute")).isEmpty(), "read-only: no recompute");
    assertTrue(browser.findElements(By.id("polling:syncNow")).isEmpty(), "read-only: no sync now");
    assertTrue(
        browser.findElements(By.cssSelector("button")).stream()
            .noneMatch(b -> b.getText().contains("Send")),
        "read-only: no sending");
    Browser.screenshot(browser, "dashboard-04-tenant-read-only");

    browser.quit();
    browser = Browser.open();
    pages = new PortalPages(browser, Browser.base(deployment));
    pages.signInAs("emea-support");
    pages.open("/dashboard/fleet.xhtml");
    countersMatchTheDatabase(pages, "emea");
    Browser.screenshot(browser, "dashboard-05-fleet-emea-only");
  }

  /**
   * axe-core over every page an MSP administrator can open, the sign-in page and the customer's
   * consent pages (see {@link AccessibilityTour}): no serious or critical WCAG A/AA violation; the
   * skip link is the first Tab stop and each menu link one of its own; after a failed submit the
   * first field in error has the focus.
   */
  @Test
  void everyPageMeetsWcagAaWithoutSeriousOrCriticalViolationsAndAFailedSubmitFocusesTheError()
      throws Exception {
    browser = Browser.open();
    AccessibilityTour tour =
        new AccessibilityTour(new PortalPages(browser, Browser.base(deployment)));
    List<AxeCheck.Violation> violations = tour.walk();
    String focus = tour.focusAfterFailedSubmit();
    String keyboard = tour.keyboardWalk();
    List<AxeCheck.Violation> failing =
        violations.stream().filter(AxeCheck.Violation::fails).toList();
    violations.stream()
        .filter(v -> AxeCheck.FAILING.contains(v.impact()) && v.known().isPresent())
        .forEach(
            v ->
                System.out.println(
                    "[measure] axe KNOWN, not fixed yet: " + v + " (" + v.known().get() + ")"));
    System.out.println(
        "[measure] axe all pages: "
            + AxeCheck.summary(violations).replaceAll(" \\[.*", "")
            + " (rules violated, summed over the pages)");
    assertAll(
        () -> assertEquals(List.of(), tour.unchecked(), "pages the check could not open"),
        () ->
            assertTrue(
                failing.isEmpty(),
                failing.size()
                    + " serious or critical accessibility violation(s):\n"
                    + String.join(
                        "\n", failing.stream().map(AxeCheck.Violation::toString).toList())),
        () ->
            assertEquals(
                "skipToContent 3px -> content; menuFleet -> menuTenants",
                keyboard,
                "the first Tab stop is the skip link (with a visible ring), it moves focus to the"
                    + " content, every menu link is its own Tab stop"),
        () ->
            assertTrue(
                focus.matches("(\\S+) / focused: \\1"),
                "the first field in error has the focus: " + focus));
  }

  private static List<String> healthColumn(WebDriver browser) {
    return column(browser, 2);
  }

  private static List<String> column(WebDriver browser, int n) {
    return browser
        .findElements(
            By.cssSelector("[id='overview:attention_data'] > tr > td:nth-child(" + n + ")"))
        .stream()
        .map(td -> td.getText().trim())
        .toList();
  }

  /**
   * Failing before degraded before policy drift before the rest; inside each, the lowest score
   * first.
   */
  private static void assertRankedByUrgency(WebDriver browser) {
    List<String> health = healthColumn(browser);
    List<String> why = column(browser, 3);
    List<Integer> keys =
        java.util.stream.IntStream.range(0, health.size())
            .mapToObj(
                i -> {
                  String h = health.get(i);
                  int urgency =
                      h.startsWith("Failing")
                          ? 0
                          : h.startsWith("Degraded")
                              ? 1
                              : why.get(i).contains("drifted in Intune") ? 2 : 3;
                  String score = h.replaceAll("[^0-9]", "");
                  return urgency * 1000 + (score.isEmpty() ? 999 : Integer.parseInt(score));
                })
            .toList();
    assertEquals(keys.stream().sorted().toList(), keys, "ranked by urgency: " + health);
  }

  /**
   * Reloads the fleet page until its counters equal the database's (polling rounds keep running
   * meanwhile), then compares them once more.
   */
  private static void countersMatchTheDatabase(PortalPages pages, String tag) throws Exception {
    Map<String, Long> expected = new LinkedHashMap<>();
    Map<String, Long> shown = new LinkedHashMap<>();
    for (int attempt = 0; attempt < 20; attempt++) {
      expected = expectedCounters(tag);
      pages.open("/dashboard/fleet.xhtml");
      shown = new LinkedHashMap<>();
      for (String id : COUNTERS) {
        shown.put(id, number(pages.text(id)));
      }
      if (shown.equals(expected)) {
        break;
      }
    }
    assertEquals(expected, shown, "fleet counters" + (tag.isEmpty() ? "" : " within " + tag));
    assertTrue(expected.get("tenants") > 0);
  }

  private static long number(String text) {
    return Long.parseLong(text.trim());
  }

  /** The counters, counted by the test's own SQL over the registry, health and polling tables. */
  private static Map<String, Long> expectedCounters(String tag) throws SQLException {
    String scope =
        tag.isEmpty()
            ? ""
            : " AND CONCAT(',', LOWER(REPLACE(t.scope_tags, ' ', '')), ',') LIKE '%," + tag + ",%'";
    String fleet = " FROM tenant t WHERE t.archived_at IS NULL" + scope;
    String health =
        " FROM tenant t LEFT JOIN tenant_health h ON h.tenant_id = t.id WHERE t.archived_at IS NULL"
            + scope
            + " AND COALESCE(h.state, 'NOT_POLLED') = ";
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("tenants", single("SELECT COUNT(*)" + fleet));
    m.put("healthy", single("SELECT COUNT(*)" + health + "'HEALTHY'"));
    m.put("degraded", single("SELECT COUNT(*)" + health + "'DEGRADED'"));
    m.put("failing", single("SELECT COUNT(*)" + health + "'FAILING'"));
    m.put("notPolled", single("SELECT COUNT(*)" + health + "'NOT_POLLED'"));
    m.put(
        "consentMissing",
        single(
            "SELECT COUNT(*)"
                + fleet
                + " AND consent_fact <> 'GRANTED' AND lifecycle <> 'OFFBOARDED'"));
    m.put(
        "connectorUnresponsive",
        single(
            "SELECT COUNT(*) FROM tenant t JOIN inventory_connector c ON c.tenant_id = t.id"
                + " WHERE t.archived_at IS NULL AND c.responsive = FALSE"
                + scope));
    m.put(
        "policyDrift",
        single(
            "SELECT COUNT(DISTINCT t.id) FROM tenant t JOIN policy_drift d ON d.tenant_id = t.id"
                + " WHERE t.archived_at IS NULL"
                + scope));
    m.put(
        "devicesProtected",
        single(
            "SELECT COALESCE(SUM(s.connector_reporting), 0) FROM tenant t JOIN inventory_summary s"
                + " ON s.tenant_id = t.id WHERE t.archived_at IS NULL"
                + scope));
    m.put(
        "devices",
        single(
            "SELECT COALESCE(SUM(s.devices_in_scope), 0) FROM tenant t JOIN inventory_summary s"
                + " ON s.tenant_id = t.id WHERE t.archived_at IS NULL"
                + scope));
    return m;
  }

  /**
   * A drift finding of the tenant's Android policy as the tenant round stores it (the template and
   * the tenant policy made for it when the tenant has none; not marked published, so that the
   * demo's own rounds leave the finding alone); returns the policy's name as the fleet shows it.
   */
  private static String policyDrift(long tenant) throws SQLException {
    long policy =
        single(
            "SELECT COALESCE(MAX(id), 0) FROM tenant_policy WHERE tenant_id = "
                + tenant
                + " AND platform = 'ANDROID'");
    if (policy == 0) {
      long template =
          PortalDatabase.insert(
              "INSERT INTO policy_template (name, platform, settings, current_version, updated_at,"
                  + " updated_by) VALUES (?, 'ANDROID', '', 1, NOW(3), 'dashboard-it')",
              "Dashboard drift " + java.util.UUID.randomUUID().toString().substring(0, 8));
      policy =
          PortalDatabase.insert(
              "INSERT INTO tenant_policy (tenant_id, template_id, platform, overrides,"
                  + " current_version, updated_at, updated_by) VALUES (?, ?, 'ANDROID', '', 1,"
                  + " NOW(3), 'dashboard-it')",
              tenant,
              template);
    }
    update("DELETE FROM policy_drift WHERE tenant_policy_id = " + policy);
    PortalDatabase.insert(
        "INSERT INTO policy_drift (tenant_id, tenant_policy_id, field_key, published_value,"
            + " intune_value, detected_at) VALUES (?, ?, 'threatLevel', 'medium', 'high', NOW(3))",
        tenant,
        policy);
    return PortalDatabase.text(
            "SELECT t.name FROM policy_template t JOIN tenant_policy p ON p.template_id = t.id"
                + " WHERE p.id = "
                + policy)
        + " (Android)";
  }

  /**
   * Takes the tenant's polling schedule away once no round of it runs, so that the demo's own
   * rounds do not write over the results the test stores for it.
   */
  private static void stopPolling(long tenant) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String instance = "task_name = 'tenant-round' AND task_instance = '" + tenant + "'";
    while (single("SELECT COUNT(*) FROM scheduled_tasks WHERE " + instance) > 0) {
      update("DELETE FROM scheduled_tasks WHERE " + instance + " AND picked = FALSE");
      if (System.nanoTime() > deadline) {
        throw new AssertionError("a round of tenant " + tenant + " is still running after 60 s");
      }
      Thread.sleep(200); // a running round ends within a second or two
    }
  }

  /**
   * What polling and health would have stored for a failing tenant: a round with 12 requests, 3
   * throttled; 100 iOS devices, 40 installed, 30 reporting; a connector without heartbeat for 9
   * days; score 5, alerted.
   */
  private static void storedResults(long tenant) throws SQLException {
    update(
        "INSERT INTO poll_round (tenant_id, generation, node, started_at, duration_ms, requests,"
            + " throttled, changes, outcome) VALUES ("
            + tenant
            + ", 1, 'dashboard-it', UTC_TIMESTAMP(3), 1200, 12, 3, 0, 'SUCCEEDED')");
    update(
        "INSERT INTO tenant_poll_state (tenant_id, last_round_at, last_outcome, last_success_at)"
            + " VALUES ("
            + tenant
            + ", UTC_TIMESTAMP(3), 'SUCCEEDED', UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE"
            + " last_success_at = UTC_TIMESTAMP(3)");
    update(
        "INSERT INTO inventory_summary (tenant_id, platform, targeted_users, devices_in_scope,"
            + " app_installed, app_pending, app_failed, connector_reporting, connector_state,"
            + " updated_at) VALUES ("
            + tenant
            + ", 'IOS', 90, 100, 40, 50, 10, 30, 'unresponsive', UTC_TIMESTAMP(3))"
            + " ON DUPLICATE KEY UPDATE targeted_users = 90, devices_in_scope = 100,"
            + " app_installed = 40, app_pending = 50, app_failed = 10, connector_reporting = 30,"
            + " connector_state = 'unresponsive', updated_at = UTC_TIMESTAMP(3)");
    update("DELETE FROM inventory_summary WHERE tenant_id = " + tenant + " AND platform <> 'IOS'");
    update(
        "INSERT INTO inventory_connector (tenant_id, present, partner_state, last_heartbeat,"
            + " threshold_days, responsive, reason, read_at) VALUES ("
            + tenant
            + ", TRUE, 'unresponsive', UTC_TIMESTAMP(3) - INTERVAL 9 DAY, 7, FALSE,"
            + " 'The connector sent no heartbeat for 9 days (Intune allows 7).', UTC_TIMESTAMP(3))"
            + " ON DUPLICATE KEY UPDATE present = TRUE, partner_state = 'unresponsive',"
            + " last_heartbeat = UTC_TIMESTAMP(3) - INTERVAL 9 DAY, threshold_days = 7,"
            + " responsive = FALSE, reason = VALUES(reason), read_at = UTC_TIMESTAMP(3)");
    update(
        "INSERT INTO tenant_health (tenant_id, score, state, computed_at, alerted_state,"
            + " alerted_at) VALUES ("
            + tenant
            + ", 5, 'FAILING', UTC_TIMESTAMP(3), 'FAILING', UTC_TIMESTAMP(3))"
            + " ON DUPLICATE KEY UPDATE score = 5, state = 'FAILING', computed_at ="
            + " UTC_TIMESTAMP(3), alerted_state = 'FAILING', alerted_at = UTC_TIMESTAMP(3)");
    update("DELETE FROM tenant_health_reason WHERE tenant_id = " + tenant);
    update(
        "INSERT INTO tenant_health_reason (tenant_id, position, code, words, weight, next_action)"
            + " VALUES ("
            + tenant
            + ", 0, 'CONNECTOR_HEARTBEAT', 'No heartbeat from the MTD connector for 9 days.', 30,"
            + " 'CHECK_CONNECTOR')");
  }
}
