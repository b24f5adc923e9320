package com.mtdconnect.browser;

import static com.mtdconnect.browser.PortalDatabase.insert;
import static com.mtdconnect.browser.PortalDatabase.single;
import static com.mtdconnect.browser.PortalDatabase.tenantId;
import static java.util.Map.entry;

import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.SettingsCodec;
import com.mtdconnect.provisioning.entity.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page file under {@code webapp/} (the files {@code PageAccessMatrixIT} lists) opened by an
 * MSP administrator, the sign-in page before signing in, the customer's consent page behind a real
 * link and, once, a form after a failed submit; axe-core checks each as it is shown. Records a page
 * needs come from a demo tenant that only gets read and from fixtures of the tour's own (a tenant
 * without tags or polling, its consent link and policy), so nothing another test counts changes.
 */
final class AccessibilityTour {

  /** The query each page file is opened with; {@code {name}} is filled in from the fixtures. */
  private static final Map<String, String> QUERIES =
      Map.ofEntries(
          entry("tenancy/view.xhtml", "?tenant={tenant}"),
          entry("consent/permissions.xhtml", "?tenant={tenant}"),
          entry("provisioning/tenant.xhtml", "?tenant={tenant}"),
          entry("onboarding/wizard.xhtml", "?tenant={tenant}"),
          entry("polling/app-status.xhtml", "?tenant={tenant}"),
          entry("dashboard/tenant.xhtml", "?tenant={tenant}"),
          entry("rbac/role.xhtml", "?role={role}"),
          entry("rbac/assignment.xhtml", "?assignment={assignment}"),
          entry("policies/template.xhtml", "?template={template}"),
          entry("policies/tenant.xhtml", "?tenant={ownTenant}&policy={policy}"),
          entry("consent/customer/outcome.xhtml", "?result=unknown"),
          entry("consent/customer/refused.xhtml", "?reason=unknown"));

  private final PortalPages pages;
  private final List<AxeCheck.Violation> found = new ArrayList<>();
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int templates;
  private String focusAfterFailedSubmit = "";
  private final List<String> unchecked = new ArrayList<>();

  AccessibilityTour(PortalPages pages) {
    this.pages = pages;
  }

  /** Walks every page; returns all violations found, whatever their impact. */
  List<AxeCheck.Violation> walk() throws Exception {
    System.out.println("[measure] axe-core " + AxeCheck.version() + ", rules wcag2a + wcag2aa");
    pages.open("/signin.xhtml");
    check("signin.xhtml (signed out)");
    pages.signInAs("admin");

    long ownTenant = ownTenant();
    Map<String, String> fill =
        Map.of(
            "{tenant}", String.valueOf(tenantId("Contoso Pharmaceuticals")),
            "{ownTenant}", String.valueOf(ownTenant),
            "{role}",
                String.valueOf(
                    single("SELECT id FROM rbac_role WHERE built_in = 'MSP_ADMINISTRATOR'")),
            "{assignment}", String.valueOf(single("SELECT MIN(id) FROM rbac_assignment")),
            "{template}", String.valueOf(template()),
            "{policy}", String.valueOf(tenantPolicy(ownTenant)));
    String link = consentLink(ownTenant);
    for (String page : pageFiles()) {
      try {
        if (page.equals("consent/customer/approve.xhtml")) {
          pages.driver().get(link);
        } else {
          String query = QUERIES.getOrDefault(page, "");
          for (Map.Entry<String, String> value : fill.entrySet()) {
            query = query.replace(value.getKey(), value.getValue());
          }
          pages.open("/" + page + query);
        }
        check(page);
      } catch (WebDriverException e) {
        // the other pages are still checked; the test fails on this one
        unchecked.add(page + ": " + e.getMessage().lines().findFirst().orElse(""));
      }
    }

    // an error page as signed-in staff meet it: inside the application shell
    pages.open("/tenancy/view.xhtml?tenant=987654321");
    check("404 error page (signed in)");

    // a failed submit: the register form sent empty, its fields in error
    pages.open("/tenancy/edit.xhtml");
    pages.click(By.cssSelector("[id$=':save']"));
    pages.waitFor().until(d -> !d.findElements(By.cssSelector(".ui-message-error")).isEmpty());
    check("tenancy/edit.xhtml (after a failed submit)");
    focusAfterFailedSubmit =
        (String)
            pages.script(
                "var f = document.querySelector('[aria-invalid=\"true\"]');"
                    + " return (f ? f.id : 'no field in error') + ' / focused: '"
                    + " + document.activeElement.id;");
    return found;
  }

  /** The pages the walk could not check, each with the reason. */
  List<String> unchecked() {
    return unchecked;
  }

  /** "firstInvalidId / focused: focusedId", read after the failed submit of the walk. */
  String focusAfterFailedSubmit() {
    return focusAfterFailedSubmit;
  }

  /**
   * What the keyboard does on the tenant list, in the words {@code "<first Tab stop> <its outline
   * width> -> <focus after Enter>; menuFleet -> <next Tab stop>"}: expected {@code "skipToContent
   * 3px -> content; menuFleet -> menuTenants"}.
   */
  String keyboardWalk() {
    pages.open("/tenancy/list.xhtml");
    pages.waitForAjax();
    Actions keys = new Actions(pages.driver());
    keys.sendKeys(Keys.TAB).perform();
    String first = focused();
    Object outline = pages.script("return getComputedStyle(document.activeElement).outlineWidth;");
    keys.sendKeys(Keys.ENTER).perform();
    String afterSkip = focused();
    pages.script("document.getElementById('menuFleet').focus();");
    keys.sendKeys(Keys.TAB).perform();
    return first + " " + outline + " -> " + afterSkip + "; menuFleet -> " + focused();
  }

  private String focused() {
    return (String)
        pages.script("return document.activeElement.id || document.activeElement.tagName;");
  }

  private void check(String page) {
    pages.waitForAjax();
    List<AxeCheck.Violation> violations = AxeCheck.violations(pages.driver(), page);
    System.out.println("[measure] axe " + page + ": " + AxeCheck.summary(violations));
    violations.forEach(v -> System.out.println("[measure] axe   " + v)); // where, for every impact
    found.addAll(violations);
  }

  /** A tenant of the tour's own: no tags (no scoped reader counts it), never polled. */
  private long ownTenant() throws SQLException {
    return insert(
        "INSERT INTO tenant (display_name, directory_id, contact_name, contact_email, lifecycle,"
            + " scope_tags, created_at, updated_at, updated_by, version) VALUES (?, ?, 'Ada Axe',"
            + " 'ada@example.org', 'INVITED', '', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'axe', 0)",
        "Axe check " + run,
        "axe-" + run + ".example.org");
  }

  private long template() throws SQLException {
    String settings = SettingsCodec.encode(PolicyPreset.STANDARD.values(Platform.IOS).asMap());
    long id =
        insert(
            "INSERT INTO policy_template (name, platform, settings, current_version, updated_at,"
                + " updated_by, version) VALUES (?, 'IOS', ?, 1, UTC_TIMESTAMP(3), 'axe', 0)",
            "Axe check policy " + run + " " + (++templates),
            settings);
    insert(
        "INSERT INTO policy_version (owner, owner_id, number, settings, overrides, author,"
            + " change_comment, saved_at) VALUES ('TEMPLATE', ?, 1, ?, '', 'axe', 'fixture',"
            + " UTC_TIMESTAMP(3))",
        id,
        settings);
    return id;
  }

  private long tenantPolicy(long tenant) throws SQLException {
    String settings = SettingsCodec.encode(PolicyPreset.STANDARD.values(Platform.IOS).asMap());
    long id =
        insert(
            "INSERT INTO tenant_policy (tenant_id, template_id, platform, overrides,"
                + " current_version, updated_at, updated_by, version) VALUES (?, ?, 'IOS', '', 1,"
                + " UTC_TIMESTAMP(3), 'axe', 0)",
            tenant,
            template());
    insert(
        "INSERT INTO policy_version (owner, owner_id, number, settings, overrides, author,"
            + " change_comment, saved_at) VALUES ('TENANT', ?, 1, ?, '', 'axe', 'fixture',"
            + " UTC_TIMESTAMP(3))",
        id,
        settings);
    return id;
  }

  /** The customer's address of a consent link the administrator creates on the tenant page. */
  private String consentLink(long tenant) {
    pages.open("/tenancy/view.xhtml?tenant=" + tenant);
    pages.click("consent:createLink");
    return pages
        .waitFor()
        .until(
            d -> {
              String url = d.findElement(By.id("consentUrl")).getDomProperty("value");
              return url == null || url.isBlank() ? null : url;
            });
  }

  /** The page files: every .xhtml under webapp/ outside WEB-INF and resources. */
  private static TreeSet<String> pageFiles() throws IOException {
    Path webapp = Path.of("webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
