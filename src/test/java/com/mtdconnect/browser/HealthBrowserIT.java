package com.mtdconnect.browser;

import static com.mtdconnect.browser.PortalDatabase.tenantId;
import static com.mtdconnect.browser.PortalDatabase.update;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Health in a real browser: the alert rules page refuses a plain-http webhook on its field and
 * saves an https one with its secret shown only as "set"; the tenant page's health panel shows the
 * score, the state and each reason with its next action after "Recompute now". Screenshots go to
 * {@code target/screenshots/}.
 */
@PortalIT
@RunAsClient
class HealthBrowserIT {

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
  void anAdministratorSetsAnAlertRuleAndReadsATenantsHealthWithItsNextActions() throws Exception {
    browser = Browser.open();
    PortalPages pages = new PortalPages(browser, Browser.base(deployment));
    pages.signInAs("admin");

    pages.open("/tenant-health/alert-rules.xhtml");
    pages.choose("ruleForm:scopeTag", "emea");
    pages.type("ruleForm:emailRecipients", "noc@msp.example");
    pages.type("ruleForm:webhookUrl", "http://hooks.example.com/mtd");
    pages.type("ruleForm:newWebhookSecret", "browser-it-secret-0123456789");
    pages.click("ruleForm:save");
    pages.waitFor().until(d -> pages.fieldMessage("ruleForm:webhookUrl").contains("https://"));
    Browser.screenshot(browser, "health-01-alert-rule-refused");
    pages.type("ruleForm:webhookUrl", "https://hooks.example.com/mtd");
    pages.type("ruleForm:newWebhookSecret", "browser-it-secret-0123456789");
    pages.click("ruleForm:save");
    pages.waitFor().until(d -> pages.messages().contains("saved"));
    pages.waitForText("ruleForm:secretState", "A secret is set");
    assertTrue(pages.text("rules:ruleTable").contains("secret set"), pages.text("rules:ruleTable"));
    assertTrue(!browser.getPageSource().contains("browser-it-secret"), "the secret is never shown");
    Browser.screenshot(browser, "health-02-alert-rule-saved");

    long tenant = tenantId("Contoso Pharmaceuticals");
    // the demo polls Contoso (consented, its connector enabled and beating, not onboarded yet) soon
    // after
    // start; its health is what that round read
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages
        .waitFor(Duration.ofSeconds(90))
        .until(
            d -> {
              if (pages.text("healthState").startsWith("Healthy")) {
                return true;
              }
              pages.open("/tenancy/view.xhtml?tenant=" + tenant);
              return false;
            });
    // the answer to the recompute itself; a demo round of Contoso that ends between the silent
    // connector's facts and the recompute stores a beating connector again, so a degraded answer
    // (its fresh heartbeat) is followed by once more
    String answer = "";
    for (int attempt = 1; attempt <= 4 && !answer.contains("Failing"); attempt++) {
      connectorWentSilent(tenant);
      pages.script(
          "document.querySelectorAll('.ui-messages').forEach(function (m) { m.innerHTML = ''; });");
      pages.click("health:recompute");
      answer =
          pages
              .waitFor()
              .until(
                  d -> pages.messages().contains("Health recomputed:") ? pages.messages() : null);
    }
    assertTrue(answer.contains("Health recomputed: Failing"), answer);
    assertTrue(
        pages.text("health:transitions").contains("→ Failing"), pages.text("health:transitions"));
    assertTrue(pages.text("health:alerts").contains("Webhook"), pages.text("health:alerts"));
    String reasons = pages.text("reasons");
    assertTrue(
        reasons.contains("unresponsive") && reasons.contains("Check the MTD connector"), reasons);
    // Contoso's connector was enabled before the demo, but the portal has not provisioned it yet
    assertTrue(reasons.contains("Resume onboarding"), reasons);
    pages.script("document.getElementById('health').scrollIntoView()");
    Browser.screenshot(browser, "health-03-tenant-panel");
  }

  /**
   * What Contoso's next round would store once its connector stopped reporting for a month and most
   * installs failed: an unresponsive connector (30 points) whose heartbeat is older than four times
   * the 7-day threshold (30 points), 30% installed: a score of 40, failing, whatever other rounds
   * this class's portal ran.
   */
  private static void connectorWentSilent(long tenant) throws SQLException {
    // what staff were last told: Contoso is healthy (its first rounds may have failed while the
    // demo started, a transient alarm whose all-clear the flap guard may still be holding back)
    update(
        "UPDATE tenant_health SET alerted_state = 'HEALTHY', alerted_at = NULL WHERE tenant_id = "
            + tenant);
    update(
        "INSERT INTO poll_round (tenant_id, generation, node, started_at, duration_ms, requests,"
            + " throttled, changes, outcome) VALUES ("
            + tenant
            + ", 1000, 'browser-it', UTC_TIMESTAMP(3), 900, 1, 0, 0, 'SUCCEEDED')");
    update(
        "INSERT INTO inventory_summary (tenant_id, platform, devices_in_scope, app_installed,"
            + " app_pending, app_failed, connector_state, connector_heartbeat, updated_at) VALUES ("
            + tenant
            + ", 'IOS', 100, 30, 10, 60, 'unresponsive', UTC_TIMESTAMP(3) - INTERVAL 30 DAY,"
            + " UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE devices_in_scope = 100,"
            + " app_installed = 30, app_pending = 10, app_failed = 60,"
            + " connector_state = 'unresponsive',"
            + " connector_heartbeat = UTC_TIMESTAMP(3) - INTERVAL 30 DAY,"
            + " updated_at = UTC_TIMESTAMP(3)");
    update(
        "UPDATE inventory_summary SET app_installed = 0, app_pending = 0, app_failed ="
            + " devices_in_scope, connector_state = 'unresponsive',"
            + " connector_heartbeat = UTC_TIMESTAMP(3) - INTERVAL 30 DAY WHERE tenant_id = "
            + tenant
            + " AND platform <> 'IOS'");
  }
}
