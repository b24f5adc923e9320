package com.mtdconnect.browser;

import static com.mtdconnect.browser.PortalDatabase.tenantId;
import static com.mtdconnect.browser.PortalDatabase.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Mobile security policies in a real browser, as the Policy and Profile Manager: a template from
 * the Standard preset; a minimum iOS above any release refused on its field with the entry kept;
 * the fix saved as version 2 with its comment; the two versions compared; the template given to a
 * tenant, whose policy overrides one value and shows which values are inherited and which
 * overridden; the policy is published, changed in the simulated Intune on the simulator's control
 * page, found by the tenant's round, mentioned on the tenant's page, shown as a diff on the
 * policy's page and accepted. Screenshots go to {@code target/screenshots/}.
 */
@PortalIT
@RunAsClient
class PolicyBrowserIT {

  /** The row of the minimum OS version and of the threat level in the editors' tables. */
  private static final int OS_ROW = 2;

  private static final int THREAT_ROW = 0;
  private static final int FIRST_APP_ROW = 7;

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
  void aPolicyManagerVersionsATemplateAndATenantOverridesOneOfItsValues() throws Exception {
    browser = Browser.open();
    PortalPages pages = new PortalPages(browser, Browser.base(deployment));
    pages.signInAs("policy");

    pages.open("/policies/templates.xhtml");
    pages.click("templates:newTemplate");
    pages.type("creatorForm:name", "Shield iOS");
    pages.click("creatorForm:create");
    pages.waitForUrl("/policies/template.xhtml");
    pages.waitForText("settings:strength", "Standard");
    Browser.screenshot(browser, "policies-01-template-from-preset");

    String os = "settings:rows:" + OS_ROW + ":text";
    pages.type(os, "99.0");
    pages.type("settings:comment", "Raise the minimum iOS");
    pages.click("settings:save");
    pages.waitForText("settings:rows:" + OS_ROW + ":problem", "does not exist yet");
    assertEquals("99.0", browser.findElement(By.id(os)).getAttribute("value"), "entry kept");
    assertTrue(pages.messages().contains("Not saved"), pages.messages());
    pages.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", os);
    Browser.screenshot(browser, "policies-02-impossible-os-refused-on-the-field");

    pages.type(os, "17.4");
    // Contoso is provisioned or not depending on which browser test ran first in this fork, and
    // app configuration keys are published only where provisioning created the app configuration
    // (PolicyIT proves that): this template enforces compliance settings only
    for (int i = 0; i < 4; i++) {
      pages.click("settings:rows:" + FIRST_APP_ROW + ":removeKey");
      pages.waitForAjax();
    }
    assertFalse(pages.text("settings:rows").contains("(app configuration)"), "keys removed");
    pages.click("settings:save");
    pages.waitFor().until(d -> pages.messages().contains("Saved as version 2"));
    pages.waitForText("settings:strength", "Custom");
    pages.click("versions:compare");
    pages.waitForText("versions:diff", "Minimum OS version");
    String diff = pages.text("versions:diff");
    assertTrue(diff.contains("17.0") && diff.contains("17.4"), diff);
    assertTrue(pages.text("versions:versionTable").contains("Raise the minimum iOS"));
    Browser.screenshot(browser, "policies-03-versions-compared");

    pages.click("inheritors:pickTenants");
    pages.click(
        By.xpath(
            "//div[@id='inheritors:pickTenants_panel']//li[.//label[normalize-space(.)="
                + "\"Contoso Pharmaceuticals\"]]//div[contains(@class,'ui-chkbox-box')]"));
    pages.script("PF('pickTenants').hide()");
    pages.click("inheritors:assign");
    pages.waitForText("inheritors:tenantPolicies", "Contoso Pharmaceuticals");
    assertTrue(pages.text("inheritors:tenantPolicies").contains("Inherits everything"));
    pages.click(By.linkText("Contoso Pharmaceuticals"));

    pages.waitForUrl("/policies/tenant.xhtml");
    pages.click(
        By.cssSelector("[id='settings:rows:" + THREAT_ROW + ":overridden'] .ui-chkbox-box"));
    pages.waitForAjax();
    pages.choose("settings:rows:" + THREAT_ROW + ":choice", "high");
    pages.type("settings:comment", "Customer accepts high-threat devices for now");
    pages.click("settings:save");
    pages.waitFor().until(d -> pages.messages().contains("Saved as version 2"));
    String rows = pages.text("settings:rows");
    assertTrue(rows.contains("Overridden") && rows.contains("Inherited"), rows);
    pages.click("versions:compare");
    pages.waitForText("versions:diff", "threat level");
    Browser.screenshot(browser, "policies-04-tenant-override-and-diff");

    // published to Contoso's simulated Intune, where an administrator then raises the minimum
    // iOS (the simulator's control page); the tenant's next round finds it (rounds come every few
    // seconds in the test deployment)
    long tenant = tenantId("Contoso Pharmaceuticals");
    browser.get(browser.findElement(By.linkText("Shield iOS")).getAttribute("href"));
    pages.waitForUrl("/policies/template.xhtml");
    pages.click("publish:publishTenants");
    pages.click(
        By.xpath(
            "//div[@id='publish:publishTenants_panel']//li[.//label[normalize-space(.)="
                + "\"Contoso Pharmaceuticals\"]]//div[contains(@class,'ui-chkbox-box')]"));
    pages.script("PF('publishTenants').hide()");
    pages.click("publish:plan");
    // planned in the background: the panel follows the run by itself until approval is asked
    pages.waitForText("publish:publishRows", "Contoso Pharmaceuticals");
    try {
      pages
          .waitFor(Duration.ofSeconds(60))
          .until(d -> !pages.text("publishRunState").contains("Planning"));
    } finally {
      Browser.screenshot(browser, "policies-05a-publish-planned");
    }
    String planned = pages.text("publish:publishRows");
    assertTrue(
        planned.contains("Planned") && planned.contains("Create the compliance policy"), planned);
    assertTrue(
        pages.text("publishRunState").contains("Awaiting approval"), pages.text("publishRunState"));
    pages.click("publish:approve");
    pages.waitFor().until(d -> pages.messages().contains("Publishing to 1 tenant"));
    // the run goes on when the page is left; coming back shows where it stands, without a reload
    pages.open("/policies/templates.xhtml");
    browser.get(browser.findElement(By.linkText("Shield iOS")).getAttribute("href"));
    pages.waitForUrl("/policies/template.xhtml");
    pages.waitForText("publish:publishRows", "Contoso Pharmaceuticals");
    pages
        .waitFor(Duration.ofSeconds(60))
        .until(d -> pages.text("publishRunState").contains("Finished"));
    assertTrue(
        pages.text("publish:publishRows").contains("Applied"), pages.text("publish:publishRows"));
    pages.waitForText("inheritors:tenantPolicies", "in Intune");
    pages.script("document.getElementById('publish').scrollIntoView()");
    Browser.screenshot(browser, "policies-05b-publish-applied");
    pages.open(
        "/simulator/control/tenant/"
            + text("SELECT directory_id FROM tenant WHERE id = " + tenant));
    browser.findElement(By.name("property")).clear();
    browser.findElement(By.name("property")).sendKeys("osMinimumVersion");
    browser.findElement(By.name("value")).clear();
    browser.findElement(By.name("value")).sendKeys("18.0");
    pages.click(By.cssSelector("button[value='change-policy']"));
    pages.waitFor().until(d -> d.getPageSource().contains("Change a compliance policy"));
    pages
        .waitFor(Duration.ofSeconds(60))
        .until(
            d -> {
              pages.open("/tenancy/view.xhtml?tenant=" + tenant);
              return !d.findElements(By.id("policyDrift")).isEmpty();
            });
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.waitForText("policyDrift", "1 setting(s) in Intune differ");
    pages.script(
        "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", "policyDrift");
    Browser.screenshot(browser, "policies-05-tenant-page-mentions-drift");
    pages.click(By.linkText("Open the policy to accept or revert"));
    pages.waitForUrl("/policies/tenant.xhtml");
    pages.waitForText("drift:driftTable", "18.0");
    String drift = pages.text("drift:driftTable");
    assertTrue(drift.contains("Minimum OS version") && drift.contains("18.0"), drift);
    assertTrue(drift.contains("17.4") && drift.contains("Intune's last change"), drift);
    Browser.screenshot(browser, "policies-06-drift-in-intune");
    pages.type("drift:acceptComment", "Customer's security team raised it");
    pages.click("drift:accept");
    pages.waitFor().until(d -> pages.messages().contains("Accepted"));
    pages.waitForText("drift:noDrift", "No drift found");
    assertTrue(
        pages.text("versions:versionTable").contains("Customer's security team raised it"),
        pages.text("versions:versionTable"));
  }
}
