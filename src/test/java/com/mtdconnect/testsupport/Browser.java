package com.mtdconnect.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, offline (no Selenium Manager), for browser tests.
 * Without chromium a test is skipped with a loud message; under CI ({@code CI=true}) it fails
 * instead, so nothing is silently skipped.
 */
public final class Browser {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private Browser() {}

  /** A fresh browser with its own profile (its own cookies and session). */
  public static WebDriver open() {
    requireChromium();
    try {
      Path profile = Files.createTempDirectory("portal-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--window-size=1366,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void requireChromium() {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (present) {
      return;
    }
    String message =
        "BROWSER TESTS NOT RUN: /usr/bin/chromium and /usr/bin/chromedriver are needed"
            + " (apt-get install -y chromium chromium-driver).";
    System.err.println("\n!!!!!!!!!! " + message + " !!!!!!!!!!\n");
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message + " Under CI nothing may be skipped.");
    }
    Assumptions.abort(message);
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public static void screenshot(WebDriver driver, String name) {
    try {
      Path dir = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The deployment's base URL on loopback by name, so cookies marked Secure work over plain HTTP.
   */
  public static String base(URL deployment) {
    return "http://localhost:" + deployment.getPort();
  }
}
