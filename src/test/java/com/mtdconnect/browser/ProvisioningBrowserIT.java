package com.mtdconnect.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Provisioning in a real browser: the app catalogue refuses a bad store address on its field, the
 * demo's Contoso shows its plan, Apply runs with progress the page polls until done, the plan then
 * reads unchanged, install status and the offboarding plan show. Screenshots go to {@code
 * target/screenshots/}.
 */
@PortalIT
@RunAsClient
class ProvisioningBrowserIT extends SignedInBrowser {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void anAdministratorKeepsTheCatalogueAndProvisionsContosoWithLiveProgress() throws Exception {
    PortalPages pages = signedInAs("admin");

    pages.open("/provisioning/catalogue.xhtml");
    pages.waitForText("catalogue:lastChange", "Last saved by");
    pages.type("catalogue:iosStoreUrl", "http://example.com/shield");
    pages.click("catalogue:save");
    pages
        .waitFor()
        .until(
            d -> pages.fieldMessage("catalogue:iosStoreUrl").contains("https://apps.apple.com/"));
    Browser.screenshot(browser, "provisioning-01-catalogue-refused");

    long tenant = tenantId("Contoso Pharmaceuticals");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.click("details:provisioning");
    // opening the page asks Intune nothing: the plan is computed on request
    pages.waitForText("plan:noPlan", "No plan was computed");
    pages.click("plan:replan");
    pages.waitForText("planSummary", "Computed against");
    assertTrue(pages.text("plan:lines").contains("Create"), pages.text("plan:lines"));
    Browser.screenshot(browser, "provisioning-02-plan");

    long started = System.nanoTime();
    pages.click("plan:apply");
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(d -> d.findElement(By.id("runState")).getText().contains("Done"));
    System.out.printf(
        "[measure] provisioning Contoso in the browser: Apply click to Done %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    assertTrue(pages.text("plan:planOutdated").contains("Recompute plan"));
    pages.script("document.getElementById('progress').scrollIntoView()");
    Browser.screenshot(browser, "provisioning-03-applied");

    pages.script("window.scrollTo(0, 0)");
    pages.click("plan:replan");
    pages.waitFor().until(d -> pages.text("planSummary").contains("Applying would change nothing"));
    Browser.screenshot(browser, "provisioning-04-unchanged");

    pages.click("install:readInstall");
    pages.waitForText("install:installCounts", "pendingInstall");
    pages.click("offboarding:planOffboarding");
    pages.waitForText("offboarding:offboardLines", "Delete");
    Browser.screenshot(browser, "provisioning-05-install-and-offboarding-plan");
    pages.click("offboarding:offboard");
    pages.waitFor().until(d -> d.findElement(By.id("offboarding:confirmNo")).isDisplayed());
    Browser.screenshot(browser, "provisioning-06-offboarding-confirmation");
    pages.click(By.id("offboarding:confirmNo"));
    assertEquals(
        "DONE",
        query(
            "SELECT state FROM provisioning_run WHERE tenant_id = "
                + tenant
                + " ORDER BY id DESC LIMIT 1"));
  }
}
