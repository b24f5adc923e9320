package com.mtdconnect.browser;

import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.DemoStaff;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a staff member does in the portal, in the words of the pages (sign in, fill a field, pick a
 * state).
 */
final class PortalPages {
  private final WebDriver driver;
  private final String base;

  PortalPages(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  WebDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(base + path);
  }

  /**
   * Signs in as one of the demo staff members: "Sign in with Microsoft", their name on the
   * simulator's account picker, back in the portal. The one place browser tests sign in.
   */
  void signInAs(String username) {
    startSignIn();
    try {
      click(By.id("pick-" + DemoStaff.require(username)));
    } catch (TimeoutException e) {
      // say what the browser shows instead of the account picker
      Browser.screenshot(driver, "signin-failed-" + username);
      throw new AssertionError(
          "no account picker at "
              + driver.getCurrentUrl()
              + ": "
              + driver.findElement(By.tagName("body")).getText(),
          e);
    }
    waitFor()
        .until(
            d ->
                !d.getCurrentUrl().contains("/simulator/")
                    && !d.getCurrentUrl().contains("/signin"));
  }

  /** Presses "Sign in with Microsoft" (opening the sign-in page first) and waits for the picker. */
  void startSignIn() {
    if (!driver.getCurrentUrl().contains("/signin.xhtml")) {
      open("/signin.xhtml");
    }
    click("signInWithMicrosoft");
    waitForUrl("/oauth2/v2.0/authorize");
  }

  void type(String id, String text) {
    waitFor()
        .until(
            d -> {
              WebElement field = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
              if (field == null) {
                return false;
              }
              field.clear();
              // clearing fires no key event: a backspace lets key-driven filters react to an empty
              // box
              field.sendKeys(text.isEmpty() ? Keys.BACK_SPACE.toString() : text);
              return true;
            });
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, as a user does: open, wait, click.
   */
  void choose(String menuId, String label) {
    click(menuId);
    // an ajax update can leave an old copy of the panel behind: use the one that is shown, once
    // fully faded in
    WebElement panel =
        waitFor()
            .until(
                d ->
                    d.findElements(By.id(menuId + "_panel")).stream()
                        .filter(p -> p.isDisplayed() && "1".equals(p.getCssValue("opacity")))
                        .findFirst()
                        .orElse(null));
    panel.findElement(By.cssSelector("li[data-label='" + label + "']")).click();
    waitFor().until(d -> label.equals(d.findElement(By.id(menuId + "_label")).getText().trim()));
    waitForAjax();
  }

  void click(String id) {
    click(By.id(id));
  }

  /**
   * Clicks the element once it can be clicked; when an ajax refresh replaced it between finding and
   * clicking (a stale element), finds it again.
   */
  void click(By element) {
    waitFor()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement target = ExpectedConditions.elementToBeClickable(element).apply(d);
              if (target == null) {
                return false;
              }
              target.click();
              return true;
            });
  }

  String text(String id) {
    return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
  }

  String messages() {
    return driver.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b)
        .trim();
  }

  /** The message shown next to one field. */
  String fieldMessage(String fieldId) {
    By message = By.cssSelector("[id='" + fieldId + "'] ~ .ui-message-error");
    // read inside the wait: an ajax update can replace the message between finding and reading it
    return waitFor()
        .until(
            d -> {
              org.openqa.selenium.WebElement shown = d.findElement(message);
              return shown.isDisplayed() ? shown.getText() : null;
            });
  }

  void waitForUrl(String fragment) {
    waitFor().until(ExpectedConditions.urlContains(fragment));
  }

  void waitForText(String id, String text) {
    waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  void waitForAjax() {
    waitFor()
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  WebDriverWait waitFor() {
    return waitFor(Duration.ofSeconds(30));
  }

  /** A wait for what takes longer than a page: the first polling rounds after start, say. */
  WebDriverWait waitFor(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
