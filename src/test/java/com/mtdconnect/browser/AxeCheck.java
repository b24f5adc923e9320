package com.mtdconnect.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility rules, from the test-scoped webjar) run inside the page the
 * browser shows, limited to the WCAG 2.0/2.1 level A and AA rules. The source is injected through
 * WebDriver, which the page's Content-Security-Policy does not govern: the portal's policy stays as
 * it is.
 */
final class AxeCheck {

  /** The impacts that fail the check: axe's two highest. */
  static final List<String> FAILING = List.of("critical", "serious");

  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: ['wcag2a', 'wcag2aa'], resultTypes: ['violations']})
        .then(function (result) {
          done(result.violations.map(function (v) {
            return {rule: v.id, impact: v.impact || 'minor', help: v.help,
              targets: v.nodes.map(function (n) { return n.target.join(' '); })};
          }));
        })
        .catch(function (e) { done({error: String(e)}); });
      """;

  private static final String SOURCE = axeSource();

  /**
   * Serious or critical violations inside PrimeFaces' own markup that the pages could not avoid yet
   * (rule and a part of the target): reported on every run as "known", never silently dropped.
   * Empty: the last entries (the tenant form's scope-tag picker, a {@code p:autoComplete multiple})
   * went when the picker became a labelled group of checkboxes.
   */
  static final Map<String, String> KNOWN = Map.of();

  /** One broken rule on one page: what axe calls it, how bad, what it wants, where. */
  record Violation(String page, String rule, String impact, String help, List<String> targets) {
    boolean fails() {
      return FAILING.contains(impact) && known().isEmpty();
    }

    /** Why this violation is known and not fixed yet, if it is. */
    java.util.Optional<String> known() {
      String where = rule + " " + String.join(" ", targets);
      return KNOWN.entrySet().stream()
          .filter(k -> where.contains(k.getKey()))
          .map(Map.Entry::getValue)
          .findFirst();
    }

    @Override
    public String toString() {
      return page + ": " + rule + " (" + impact + ") " + help + " at " + String.join(", ", targets);
    }
  }

  private AxeCheck() {}

  /** The WCAG A/AA violations of the page the browser shows, named {@code page} in reports. */
  static List<Violation> violations(WebDriver browser, String page) {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(SOURCE);
    }
    Object result = js.executeAsyncScript(RUN);
    if (result instanceof Map<?, ?> failure) {
      throw new AssertionError("axe-core did not run on " + page + ": " + failure.get("error"));
    }
    List<Violation> found = new ArrayList<>();
    for (Object each : (List<?>) result) {
      Map<?, ?> v = (Map<?, ?>) each;
      found.add(
          new Violation(
              page,
              (String) v.get("rule"),
              (String) v.get("impact"),
              (String) v.get("help"),
              ((List<?>) v.get("targets")).stream().map(String::valueOf).toList()));
    }
    return found;
  }

  /** "critical=0 serious=1 moderate=0 minor=2", each impact counted once per rule. */
  static String summary(List<Violation> violations) {
    Map<String, Integer> byImpact = new TreeMap<>();
    for (String impact : List.of("critical", "serious", "moderate", "minor")) {
      byImpact.put(impact, 0);
    }
    violations.forEach(v -> byImpact.merge(v.impact(), 1, Integer::sum));
    String rules =
        violations.isEmpty()
            ? ""
            : " " + violations.stream().map(v -> v.rule() + "/" + v.impact()).toList();
    return "critical="
        + byImpact.get("critical")
        + " serious="
        + byImpact.get("serious")
        + " moderate="
        + byImpact.get("moderate")
        + " minor="
        + byImpact.get("minor")
        + rules;
  }

  /** axe-core's version as the webjar states it. */
  static String version() {
    Properties pom = new Properties();
    try (InputStream in =
        AxeCheck.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the axe-core webjar is not on the test class path");
      }
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String axeSource() {
    String path = "/META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
    try (InputStream in = AxeCheck.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no " + path + " in the axe-core webjar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
