package com.mtdconnect.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The consent lifecycle in a real browser, through the simulator's admin-consent screen: an
 * operator creates and sends a link, the customer reads the permission page, goes to "Microsoft",
 * comes back, and the portal verifies what was granted; plus the failure paths (cancel, wrong
 * account, partial grant, replayed and forged state, replaced and expired links, revocation caught
 * by the drift check). Screenshots go to {@code target/screenshots/}.
 */
@PortalIT
@RunAsClient
class ConsentBrowserIT {

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

  private PortalPages operator() {
    browser = Browser.open();
    PortalPages pages = new PortalPages(browser, Browser.base(deployment));
    pages.signInAs("operator");
    return pages;
  }

  @Test
  void anOperatorOnboardsConsentEndToEndAndTheDriftCheckCatchesRevocation() throws Exception {
    long started = System.nanoTime();
    PortalPages pages = operator();
    long tenant = tenantId("Tailspin Toys");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    assertEquals("Not requested", pages.text("consentStatus"));
    pages.click("consent:createLink");
    // the page's refresh may redraw the panel right after the link appears: read it when it stands
    String link =
        pages
            .waitFor()
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                d ->
                    d.findElements(By.id("consentUrl")).isEmpty()
                        ? null
                        : d.findElement(By.id("consentUrl")).getAttribute("value"));
    pages.click(By.cssSelector("[id$=':send']"));
    pages.waitFor().until(d -> pages.messages().contains("Consent link sent to"));
    pages.waitForText("lifecycle", "Consent pending");
    Browser.screenshot(browser, "consent-01-link-sent");

    pages.click("menuOutbox");
    pages.waitForText("mailSubject", "Tailspin Toys");
    assertTrue(pages.text("mailBody").contains(link), "the mail carries the link");
    Browser.screenshot(browser, "consent-02-outbox");

    // the customer: cancel first, then the wrong account, then approve
    browser.get(link);
    pages.waitForText("customerTitle", "Connect mobile threat defense");
    // the one button sits in the first screen; the permissions follow, a feature opened on demand
    Number buttonBottom =
        (Number)
            pages.script(
                "return document.getElementById('approve:toMicrosoft').getBoundingClientRect().bottom;");
    Number screen = (Number) pages.script("return window.innerHeight;");
    assertTrue(
        buttonBottom.doubleValue() <= screen.doubleValue(),
        "the approve button is visible without scrolling: bottom "
            + buttonBottom
            + " of "
            + screen);
    Browser.screenshot(browser, "consent-03-customer-page");
    browser
        .findElements(By.cssSelector(".portal-customer-feature summary"))
        .forEach(s -> s.click());
    assertTrue(pages.text("content").contains("DeviceManagementApps.ReadWrite.All"));
    toMicrosoft(pages, "admin", "cancel");
    pages.waitForText("outcomeTitle", "You cancelled the approval");
    Browser.screenshot(browser, "consent-04-declined");
    pages.click("outcome:tryAgain");
    toMicrosoft(pages, "foreign", "accept");
    pages.waitForText("outcomeTitle", "That account belongs to another organization");
    assertTrue(pages.text("outcomeText").contains("global administrator of Tailspin Toys"));
    pages.click("outcome:tryAgain");
    long approving = System.nanoTime();
    String state = toMicrosoft(pages, "admin", "accept");
    pages.waitForText("outcomeTitle", "All set");
    Browser.screenshot(browser, "consent-05-all-set");
    // opening the used link again is good news, not an error
    browser.get(link);
    pages.waitForText("problemTitle", "already approved");
    assertEquals(
        "portal-customer-done", browser.findElement(By.id("linkProblem")).getAttribute("class"));
    long done = System.nanoTime();
    System.out.printf(
        "[measure] consent in the browser: sign-in to verified consent %d ms (a cancel and a wrong"
            + " account included); approve click to verified %d ms%n",
        (done - started) / 1_000_000, (done - approving) / 1_000_000);

    // replaying Microsoft's answer, or forging one, changes nothing
    pages.open("/consent/callback?admin_consent=True&tenant=x&state=" + state);
    pages.waitForText("refusedTitle", "already processed");
    pages.open("/consent/callback?admin_consent=True&state=forged-state-value");
    pages.waitForText("refusedTitle", "could not match");
    Browser.screenshot(browser, "consent-06-forged");

    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    assertEquals("Consented", pages.text("consentStatus"));
    assertEquals("Consented", pages.text("lifecycle"));
    assertTrue(pages.text("grantSummary").contains("9 of 9"));
    assertTrue(pages.text("consent:links").contains("Approved"));

    // the customer deletes our enterprise app; the next drift check (every 4 s in tests) sees it
    simulatorAction(pages, directoryId(tenant), "revoke");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    // a render can straddle the check's commit (the tenant read before it, the consent after):
    // wait for a page drawn wholly after it
    pages
        .waitFor()
        .until(
            d -> {
              d.navigate().refresh();
              return d.findElement(By.id("consentStatus")).getText().equals("Degraded")
                  && d.findElement(By.id("lifecycle")).getText().equals("Degraded");
            });
    assertTrue(pages.text("consent:incidents").contains("Consent revoked"));
    assertEquals(
        "DEGRADED", quietly("SELECT lifecycle FROM tenant WHERE id = " + tenant), "stored");
    Browser.screenshot(browser, "consent-07-revoked-detected");
    // the drift check ran in the tenant's polling round, which parked the tenant with the reason
    pages
        .waitFor()
        .until(
            d -> {
              d.navigate().refresh();
              return d.findElement(By.id("pollingSummary")).getText().startsWith("Parked");
            });
    Browser.screenshot(browser, "polling-01-tenant-parked");
    pages.open("/polling/history.xhtml");
    pages.waitForText("history:table", "Parked");
    Browser.screenshot(browser, "polling-02-job-history");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);

    pages.click("consent:sendReconsent");
    pages.waitForText("consent:links", "Re-consent");
    String reconsent = consentUrl(pages);
    browser.get(reconsent);
    pages.waitForText("customerTitle", "again");
    toMicrosoft(pages, "admin", "accept");
    pages.waitForText("outcomeTitle", "All set");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    assertEquals("Consented", pages.text("consentStatus"));
    assertTrue(pages.text("consent:incidents").contains("time to re-consent"));
    assertEquals("Consented", pages.text("lifecycle"));
    Browser.screenshot(browser, "consent-08-reconsented");
    // the verified consent un-parked the tenant's polling
    pages
        .waitFor()
        .until(
            d -> {
              d.navigate().refresh();
              return !d.findElement(By.id("pollingSummary")).getText().startsWith("Parked");
            });
  }

  @Test
  void aPartialGrantNamesWhatIsMissingInThePortalAndTheCatalog() throws Exception {
    PortalPages pages = operator();
    long tenant = tenantId("Adventure Works Cycles");
    pages.open("/simulator/control/tenant/" + directoryId(tenant));
    browser
        .findElement(By.name("withhold-DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL"))
        .click();
    submitAndWait(pages, browser.findElement(By.cssSelector("button[value='consent-screen']")));

    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.click("consent:createLink");
    String link = consentUrl(pages);
    // the customer in a browser of their own: the whole trip holds no session on the portal
    browser.manage().deleteAllCookies();
    browser.get(link);
    assertNull(browser.manage().getCookieNamed("JSESSIONID"), "opening the link");
    toMicrosoft(pages, "admin", "accept");
    pages.waitForText("outcomeTitle", "checking with Microsoft");
    Browser.screenshot(browser, "consent-09-verifying");
    pages.waitForText("outcomeTitle", "some permissions are missing");
    assertTrue(pages.text("missing").contains("DeviceManagementServiceConfig.ReadWrite.All"));
    assertNull(browser.manage().getCookieNamed("JSESSIONID"), "approving, verifying, polling");

    pages.signInAs("operator");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    assertEquals("Partially consented", pages.text("consentStatus"));
    assertTrue(pages.text("consentReason").contains("DeviceManagementServiceConfig"));
    Browser.screenshot(browser, "consent-10-partial");
    pages.click("consent:catalogLink");
    pages.waitForText("grant-DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL", "Missing");
    assertEquals("Granted", pages.text("grant-DEVICE_READ_ALL"));
    Browser.screenshot(browser, "consent-11-catalog");
  }

  @Test
  void replacedAndExpiredLinksSayWhatToDo() throws Exception {
    PortalPages pages = operator();
    long tenant = tenantId("Litware Health");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.click("consent:createLink");
    // read inside the waits: the tenant page re-renders while a verification is pending
    String first = consentUrl(pages);
    pages.click("consent:createLink");
    String second =
        pages
            .waitFor()
            .until(
                d -> {
                  String shown = d.findElement(By.id("consentUrl")).getAttribute("value");
                  return first.equals(shown) ? null : shown;
                });
    assertTrue(pages.text("consent:links").contains("Replaced"));

    browser.get(first);
    pages.waitForText("problemTitle", "replaced by a newer one");
    Browser.screenshot(browser, "consent-12-replaced");
    browser.get(first.substring(0, first.length() - 3) + "abc");
    pages.waitForText("problemTitle", "not valid");

    sql(
        "UPDATE consent_link SET expires_at = NOW() - INTERVAL 1 DAY, version = version + 1"
            + " WHERE tenant_id = "
            + tenant
            + " AND status = 'CREATED'");
    browser.get(second);
    pages.waitForText("problemTitle", "has expired");
    Browser.screenshot(browser, "consent-13-expired");
  }

  @Test
  void theOutboxNamesTenantsAndHidesLiveLinksFromReadOnlyStaff() throws Exception {
    PortalPages pages = operator();
    long tenant = tenantId("VanArsdel Outdoor");
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.click("consent:createLink");
    String link = consentUrl(pages);
    pages.click(By.cssSelector("[id$=':send']"));
    pages.waitFor().until(d -> pages.messages().contains("Consent link sent to"));
    pages.open("/outbox/mails.xhtml");
    pages.choose("outbox:tenantFilter", "VanArsdel Outdoor");
    pages.waitForText("mailSubject", "VanArsdel Outdoor");
    assertTrue(pages.text("outbox:mails").contains("VanArsdel Outdoor"), "a tenant column");
    assertEquals(
        link,
        browser.findElement(By.cssSelector("[id='mailBody'] a")).getAttribute("href"),
        "the link in the mail is a link");
    browser.quit();

    browser = Browser.open();
    PortalPages support = new PortalPages(browser, Browser.base(deployment));
    support.signInAs("support");
    support.open("/outbox/mails.xhtml");
    support.choose("outbox:tenantFilter", "VanArsdel Outdoor");
    support.waitForText("mailSubject", "VanArsdel Outdoor");
    assertTrue(support.text("mailBody").contains("link hidden"), support.text("mailBody"));
    assertTrue(
        !support.text("mailBody").contains(link), "read-only staff do not get the live link");
    assertTrue(support.text("outbox:linksHidden").contains("Consent: Create"));
    Browser.screenshot(browser, "consent-14-outbox-read-only");
  }

  /** On the customer page: to the simulated Microsoft screen, choose the account and decide. */
  private String toMicrosoft(PortalPages pages, String account, String decision) {
    pages.click("approve:toMicrosoft");
    pages.waitForUrl("/adminconsent");
    String url = browser.getCurrentUrl();
    String state = url.substring(url.indexOf("state=") + 6).split("&")[0];
    new Select(browser.findElement(By.name("account"))).selectByValue(account);
    browser.findElement(By.cssSelector("button[value='" + decision + "']")).click();
    pages.waitForUrl("/consent/customer/");
    return state;
  }

  private void simulatorAction(PortalPages pages, String directoryId, String action) {
    pages.open("/simulator/control/tenant/" + directoryId);
    submitAndWait(pages, browser.findElement(By.cssSelector("button[value='" + action + "']")));
  }

  /**
   * Clicks a simulator control button and waits until its post-redirect-get page replaced this one.
   */
  private static void submitAndWait(PortalPages pages, WebElement button) {
    button.click();
    pages.waitFor().until(ExpectedConditions.stalenessOf(button));
    pages.waitFor().until(d -> d.getCurrentUrl().contains("/simulator/control/tenant/"));
  }

  private static long tenantId(String name) throws SQLException {
    return Long.parseLong(query("SELECT id FROM tenant WHERE display_name = '" + name + "'"));
  }

  private static String directoryId(long tenant) throws SQLException {
    return query("SELECT directory_id FROM tenant WHERE id = " + tenant);
  }

  private static String quietly(String sql) {
    try {
      return query(sql);
    } catch (SQLException | AssertionError e) {
      return e.toString();
    }
  }

  private static String query(String sql) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new AssertionError("no row for " + sql);
      }
      return r.getString(1);
    }
  }

  private static void sql(String sql) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      assertEquals(1, s.executeUpdate(), sql);
    }
  }

  private static Connection connection() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  /**
   * The consent link the tenant page shows, read inside a wait: the page re-renders while a
   * verification is pending, which can replace the field between finding and reading it.
   */
  private static String consentUrl(PortalPages pages) {
    return pages.waitFor().until(d -> d.findElement(By.id("consentUrl")).getAttribute("value"));
  }
}
