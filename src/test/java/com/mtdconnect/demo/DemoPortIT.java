package com.mtdconnect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.testsupport.PortalProcess;
import com.mtdconnect.testsupport.StaffClient;
import com.mtdconnect.testsupport.TestDatabase;
import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -Pdemo -Ddemo.port=N} on a port other than 8080: the demo portal, started with the
 * launcher's own command line and {@code config/demo.properties}, signs staff in and hands out
 * consent links on that port, with nothing pointing at 8080.
 */
class DemoPortIT {

  private static PortalProcess portal;
  private static TestDatabase database;
  private static int port;

  @BeforeAll
  static void startTheDemoOnAnotherPort() throws Exception {
    database = TestDatabase.fresh();
    do {
      port = PortalProcess.freePort();
    } while (port == 8080);
    Path work = Path.of(System.getProperty("portal.it.work", "target/it"), "demo-port");
    Files.createDirectories(work);
    portal =
        PortalProcess.start(
            DemoLauncher.portalCommand(
                port,
                PortalProcess.built("portal.war"),
                PortalProcess.payaraJar(),
                database.jdbcUrl(),
                database.user(),
                database.password(),
                new File("config"),
                work.toFile()),
            port,
            work.resolve("payara.log"));
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void staffSignInAndConsentLinksUseThePortTheDemoRunsOn() throws Exception {
    StaffClient operator = new StaffClient(StaffClient.newHttpClient(), portal.baseUrl());
    HttpResponse<String> toProvider = operator.startSignIn(null);
    String provider = toProvider.headers().firstValue("Location").orElseThrow();
    assertTrue(
        provider.startsWith(portal.baseUrl() + "/simulator/login/"),
        "sign-in goes to the simulator on this port: " + provider);

    HttpResponse<String> signedIn =
        operator.follow(operator.pickAtProvider(toProvider, "operator"));
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    String landing = signedIn.headers().firstValue("Location").orElseThrow();
    assertTrue(
        (landing.startsWith("/") || landing.startsWith(portal.baseUrl() + "/"))
            && !landing.contains("signin"),
        "signed in, back on this port: " + landing);
    assertEquals(200, operator.get("/tenancy/list.xhtml").statusCode());

    long tenant = tenantId("Tailspin Toys");
    String page = "/tenancy/view.xhtml?tenant=" + tenant;
    HttpResponse<String> view = operator.get(page);
    assertEquals(200, view.statusCode());
    HttpResponse<String> created =
        operator.post(page, createLinkPostback(view.body()), Optional.of(portal.baseUrl()));
    assertEquals(200, created.statusCode());
    Matcher link =
        Pattern.compile("id=\"consentUrl\"[^>]*value=\"([^\"]+)\"").matcher(created.body());
    assertTrue(link.find(), "a consent link was created: " + created.body());
    String url = link.group(1).replace("&amp;", "&");
    assertTrue(
        url.startsWith(portal.baseUrl() + "/consent/customer/approve.xhtml?"),
        "the link points at this port: " + url);
    assertNotEquals(8080, URI.create(url).getPort());

    HttpResponse<String> customerPage = operator.get(url.substring(portal.baseUrl().length()));
    assertEquals(200, customerPage.statusCode(), "the customer's page answers on this port");
  }

  /** The consent panel's "Create consent link", as PrimeFaces posts it. */
  private static Map<String, String> createLinkPostback(String html) {
    Map<String, String> post = new LinkedHashMap<>();
    post.put("jakarta.faces.partial.ajax", "true");
    post.put("jakarta.faces.source", "consent:createLink");
    post.put("jakarta.faces.partial.execute", "consent:createLink");
    post.put("jakarta.faces.partial.render", "consent");
    post.put("consent:createLink", "consent:createLink");
    post.put("consent", "consent");
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
    if (nonce.find()) {
      post.put("primefaces.nonce", nonce.group(1));
    }
    post.put("jakarta.faces.ViewState", StaffClient.viewState(html));
    return post;
  }

  private static long tenantId(String name) throws Exception {
    try (Connection db = database.connect();
        PreparedStatement query =
            db.prepareStatement("SELECT id FROM tenant WHERE display_name = ?")) {
      query.setString(1, name);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "the demo seeded " + name);
        return row.getLong(1);
      }
    }
  }
}
