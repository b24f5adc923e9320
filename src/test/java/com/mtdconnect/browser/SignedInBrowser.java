package com.mtdconnect.browser;

import com.mtdconnect.testsupport.Browser;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;

/**
 * What the onboarding and provisioning browser tests share: a headless browser signed in as a demo
 * staff member (closed after each test) and the portal's database, read for ids and outcomes.
 */
abstract class SignedInBrowser {

  @ArquillianResource URL deployment;

  WebDriver browser;

  /** Opens a browser signed in as the demo staff member. */
  PortalPages signedInAs(String username) {
    browser = Browser.open();
    PortalPages pages = new PortalPages(browser, Browser.base(deployment));
    pages.signInAs(username);
    return pages;
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  static long tenantId(String name) throws SQLException {
    return Long.parseLong(query("SELECT id FROM tenant WHERE display_name = ?", name));
  }

  /** The first column of the first row; fails when there is none. */
  static String query(String sql, Object... parameters) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("no row for " + sql);
        }
        return r.getString(1);
      }
    }
  }
}
