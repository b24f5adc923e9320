package com.mtdconnect.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The onboarding wizard in a real browser against the simulator: consent as the portal verified it,
 * platforms (with the message on the field when none is chosen), sync frequency with its cost,
 * leaving mid-way and coming back to the same choices, group search with include and the device
 * group flagged, the scope count, the plan's summary, the plan computed by provisioning, its apply,
 * and the wizard's last steps reading what provisioning did. Screenshots go to {@code
 * target/screenshots/onboarding-*}.
 */
@PortalIT
@RunAsClient
class OnboardingBrowserIT extends SignedInBrowser {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void anOperatorWalksTheWizardFromConsentToAppliedAndFindsTheChoicesAfterLeaving()
      throws Exception {
    long started = System.nanoTime();
    PortalPages pages = signedInAs("operator");
    long tenant = tenantId("Coho Vineyard");

    // from the tenant page; the customer approved before the demo, and the portal verifies that
    // approval with Microsoft when it starts: the wizard's consent step follows what was verified
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.click("details:onboarding");
    String[] lastSeen = {"not read"};
    try {
      pages
          .waitFor(Duration.ofSeconds(90))
          .until(
              d -> {
                String state = pages.text("wizard:steps:0:state");
                lastSeen[0] =
                    state
                        + " ("
                        + d.findElement(By.id("wizard:steps:0:open")).getAttribute("title")
                        + ")";
                if (state.equals("Granted")) {
                  return true;
                }
                pages.open("/onboarding/wizard.xhtml?tenant=" + tenant);
                return false;
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      Browser.screenshot(browser, "onboarding-01b-consent-not-granted");
      throw new AssertionError("Coho Vineyard's consent step still reads " + lastSeen[0], e);
    }
    // consent is done, so the wizard opens at the first step that is not
    pages.open("/onboarding/wizard.xhtml?tenant=" + tenant);
    pages.waitForText("stepTitle", "Step 2: Platforms");
    assertEquals("Granted", pages.text("wizard:steps:0:state"));
    Browser.screenshot(browser, "onboarding-02-consent-granted");

    pages.click("wizard:start");
    pages.waitFor().until(d -> pages.messages().contains("every step is saved as you go"));
    // nothing chosen yet: saving says so on the field
    assertTrue(!browser.findElement(By.id("wizard:platforms:0")).isSelected());
    pages.click("wizard:savePlatforms");
    assertEquals(
        "Choose at least one platform: iOS, Android or both.",
        pages.fieldMessage("wizard:platforms"));
    Browser.screenshot(browser, "onboarding-03-no-platform");
    pages.click(By.cssSelector("label[for='wizard:platforms:0']"));
    pages.click("wizard:savePlatforms");
    pages.waitForText("stepTitle", "Step 3: Sync frequency");
    assertEquals("Saved", pages.text("wizard:steps:1:state"));

    pages.click(By.cssSelector("label[for='wizard:frequency:1']"));
    pages.waitForAjax();
    pages.click("wizard:saveFrequency");
    pages.waitForText("stepTitle", "Step 4: Group targeting");
    pages.click("wizard:steps:2:open");
    pages.waitForText("tenantSize", "groups");
    assertTrue(pages.text("chosenCost").contains("Every 15 minutes: 96 rounds"));
    Browser.screenshot(browser, "onboarding-04-frequency-cost");

    // leave mid-way, come back: the wizard resumes at group targeting with the choices kept
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.click("details:onboarding");
    pages.waitForText("stepTitle", "Step 4: Group targeting");
    assertEquals("Saved", pages.text("wizard:steps:1:state"));
    assertEquals("Saved", pages.text("wizard:steps:2:state"));
    pages.click("wizard:steps:1:open");
    pages.waitForText("stepTitle", "Step 2: Platforms");
    assertTrue(browser.findElement(By.id("wizard:platforms:0")).isSelected(), "iOS kept");
    assertTrue(
        !browser.findElement(By.id("wizard:platforms:1")).isSelected(), "Android not chosen");
    Browser.screenshot(browser, "onboarding-05-resumed");

    // group targeting: live search, include a user group; a device group is flagged
    pages.click("wizard:steps:3:open");
    pages.waitForText("stepTitle", "Step 4: Group targeting");
    pages.type("wizard:groupSearch", "MTD");
    pages.waitForText("wizard:found", "MTD-Enroll");
    assertTrue(pages.text("wizard:found").contains("Security"));
    Browser.screenshot(browser, "onboarding-06-search");
    pages.click(includeButtonOf("MTD-Enroll"));
    pages.waitForText("wizard:included", "MTD-Enroll");
    assertEquals("Saved", pages.text("wizard:stepState"));
    pages.type("wizard:groupSearch", "Corporate iOS");
    pages.waitForText("wizard:found", "Corporate iOS devices");
    assertTrue(pages.text("wizard:found").contains("No users"));
    pages.click(includeButtonOf("Corporate iOS devices"));
    pages.waitForText("wizard:stepState", "Needs attention");
    assertTrue(pages.text("wizard:reasonText").contains("user groups only"));
    Browser.screenshot(browser, "onboarding-07-device-group-flagged");
    pages.click(By.cssSelector("[id$=':removeIncluded']"));
    pages.waitFor().until(d -> d.findElement(By.id("wizard:stepState")).getText().equals("Saved"));
    pages.click("wizard:countScope");
    pages.waitForText("scopeCounts", "users and the");
    Browser.screenshot(browser, "onboarding-08-scope");

    pages.click("wizard:next");
    pages.waitForText("stepTitle", "Step 5: Plan");
    assertEquals("Ready", pages.text("wizard:stepState"));
    assertTrue(pages.text("planIncluded").contains("MTD-Enroll"));
    assertEquals("iOS", pages.text("planPlatforms"));
    Browser.screenshot(browser, "onboarding-09-plan-summary");
    System.out.printf(
        "[measure] onboarding wizard steps 1-4 in the browser: %d ms%n",
        (System.nanoTime() - started) / 1_000_000);

    // step 5 hands the choices to provisioning, which plans them against the tenant's Intune
    pages.click("wizard:computePlan");
    pages.waitForText("planSummary", "Computed against");
    assertTrue(pages.messages().contains("Plan computed against Coho Vineyard"), pages.messages());
    assertTrue(pages.text("plan:lines").contains("Create"), pages.text("plan:lines"));
    assertEquals("iOS", pages.text("platforms"));
    Browser.screenshot(browser, "onboarding-13-plan-from-wizard");
    pages.click("plan:apply");
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(d -> d.findElement(By.id("runState")).getText().contains("Done"));

    // back in the wizard, steps 5 and 6 read what provisioning did; step 7 is next
    pages.open("/onboarding/wizard.xhtml?tenant=" + tenant);
    pages.waitForText("stepTitle", "Step 7: Confirm app status");
    assertEquals("Planned", pages.text("wizard:steps:4:state"));
    assertEquals("Applied", pages.text("wizard:steps:5:state"));
    assertEquals("Read the install status", pages.text("nextAction").replace("Next: ", ""));
    Browser.screenshot(browser, "onboarding-14-applied");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.waitForText("lifecycle", "Provisioned, app installing");
    System.out.printf(
        "[measure] onboarding wizard from consent to applied in the browser: %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
  }

  @Test
  void anAdministratorDefinesAProfileAndAppliesItToTwoTenantsOneOfWhichFails() throws Exception {
    PortalPages pages = signedInAs("admin");
    pages.click("menuOnboardingProfiles");
    pages.click("profiles:newProfile");
    pages.waitFor().until(d -> d.findElement(By.id("editorForm:name")).isDisplayed());
    pages.click("editorForm:save");
    assertEquals("Give the profile a name.", pages.fieldMessage("editorForm:name"));
    Browser.screenshot(browser, "onboarding-10-profile-invalid");
    pages.type("editorForm:name", "Standard MTD");
    browser.findElement(By.id("editorForm:include_input")).sendKeys("MTD-Enroll\n");
    browser.findElement(By.id("editorForm:exclude_input")).sendKeys("MTD-Exclude\n");
    pages.click("editorForm:save");
    pages.waitFor().until(d -> pages.messages().contains("Profile \"Standard MTD\" saved."));
    pages.waitForText("profiles:table", "Standard MTD");

    pages.choose("rollout:rolloutProfile", "Standard MTD");
    long margies = tenantId("Margie's Travel"); // consented in the demo
    // Lamna Healthcare: the customer was never asked for consent, so its groups cannot be read
    pages.click("rollout:rolloutTenants");
    for (String name : List.of("Margie's Travel", "Lamna Healthcare")) {
      pages.click(
          By.xpath(
              "//div[@id='rollout:rolloutTenants_panel']//li[.//label[normalize-space(.)=\""
                  + name
                  + "\"]]//div[contains(@class,'ui-chkbox-box')]"));
    }
    pages.script("PF('rolloutTenants').hide()");
    pages.click("rollout:applyToTenants");
    // the run goes on in the background; the page follows it without a reload
    pages.waitForText("runForm:runTenants", "Lamna Healthcare");
    pages.script("document.getElementById('runForm:run').scrollIntoView()");
    Browser.screenshot(browser, "onboarding-11-profile-run-running");
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> d.findElement(By.id("profileRunState")).getText().contains("Finished"));
    String results = pages.text("runForm:runTenants");
    assertTrue(results.contains("Done"), results);
    assertTrue(results.contains("Provisioned:"), results);
    assertTrue(results.contains("Failed"), results);
    assertTrue(results.contains("Consent missing"), results);
    assertEquals("Retry failed tenants", pages.text("runForm:retryFailed"));
    pages.script("document.getElementById('runForm:run').scrollIntoView()");
    Browser.screenshot(browser, "onboarding-11-profile-run-finished");

    pages.open("/onboarding/wizard.xhtml?tenant=" + margies);
    pages.waitForText("wizard:progress", "filled from profile");
    pages.click("wizard:steps:3:open");
    pages.waitForText("wizard:included", "MTD-Enroll");
    assertTrue(pages.text("wizard:excluded").contains("MTD-Exclude"));
    Browser.screenshot(browser, "onboarding-12-filled-from-profile");
  }

  private static By includeButtonOf(String groupName) {
    return By.xpath(
        "//tbody[@id='wizard:found_data']/tr[td[contains(normalize-space(.),'"
            + groupName
            + "')]]//button[contains(@id,':include')]");
  }
}
