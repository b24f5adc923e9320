package com.mtdconnect.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that the build produced, as the integration tests deploy it: the real thing, not a
 * hand-picked subset.
 */
public final class Deployments {
  private static final StringAsset BEANS_XML =
      new StringAsset(
          "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
              + " bean-discovery-mode=\"annotated\"/>");

  private Deployments() {}

  /** The portal as packaged by {@code mvn package}. */
  public static WebArchive portal() {
    File war = new File(System.getProperty("portal.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn verify packages it): " + war);
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The portal plus test classes that run inside the server. Arquillian's own servlet is opened to
   * anonymous callers by a web fragment of the test library only; the portal's pages stay
   * protected.
   */
  public static WebArchive portalWithTests(Class<?>... testClasses) {
    JavaArchive testLibrary =
        openTestLibrary(
                "portal-in-container-tests.jar",
                "in_container_tests",
                "Arquillian test runner",
                "/ArquillianServletRunnerEE9")
            .addClasses(testClasses)
            .addClasses(AuditRecords.class, FreshTenants.class)
            .addAsManifestResource(BEANS_XML, "beans.xml");
    return portal()
        .addAsLibrary(testLibrary)
        .addAsLibrary(movableClock())
        .addAsLibrary(inTransaction());
  }

  /**
   * The test-only {@link InTransaction} bean in a bean archive of its own: in the test classes'
   * library, which Arquillian also copies into the WAR's classes, it would make every test class a
   * member of two bean archives (WELD-001327 on {@code CDI.current()}).
   */
  private static JavaArchive inTransaction() {
    return ShrinkWrap.create(JavaArchive.class, "portal-test-transactions.jar")
        .addClasses(InTransaction.class)
        .addAsManifestResource(BEANS_XML, "beans.xml");
  }

  /**
   * The portal plus the test-only {@link SessionClockServlet} and {@link PortalClockServlet},
   * opened to anonymous callers by the test libraries' web fragments, for testing session timeouts
   * over HTTP.
   */
  public static WebArchive portalWithSessionClock() {
    return portal()
        .addAsLibrary(
            openTestLibrary(
                    "portal-session-clock.jar", "session_clock", "Test-only session clock", "/it/*")
                .addClasses(SessionClockServlet.class))
        .addAsLibrary(movableClock());
  }

  /**
   * The test-only {@link MovableClock}, which replaces the portal's clock in the whole deployment
   * (a globally enabled alternative), and its {@link PortalClockServlet}, opened to anonymous
   * callers: tests move the portal's time forward instead of sleeping.
   */
  private static JavaArchive movableClock() {
    return openTestLibrary(
            "portal-movable-clock.jar",
            "movable_clock",
            "Test-only portal clock",
            PortalClockServlet.PATH)
        .addClasses(MovableClock.class, PortalClockServlet.class)
        .addAsManifestResource(BEANS_XML, "beans.xml");
  }

  /**
   * The portal plus a benchmark's test-only package (its servlets opened to anonymous callers under
   * {@code urlPattern}) and the {@link MovableClock}, for benchmarks that start the WAR on Payara
   * Micro themselves.
   */
  public static WebArchive portalWithBenchmark(String urlPattern, Package benchmark) {
    return portal()
        .addAsLibrary(
            openTestLibrary("portal-benchmark.jar", "benchmark", "Test-only benchmark", urlPattern)
                .addPackage(benchmark))
        .addAsLibrary(movableClock());
  }

  /**
   * The portal plus the test-only {@link BoundaryProbeServlet}, which calls a use-case facade as
   * the signed-in caller (it needs a staff session; without one the facades refuse).
   */
  public static WebArchive portalWithBoundaryProbe() {
    return portal()
        .addAsLibrary(
            openTestLibrary(
                    "portal-boundary-probe.jar",
                    "boundary_probe",
                    "Test-only boundary probe",
                    "/it/*")
                .addClasses(BoundaryProbeServlet.class, SimulatorStaffServlet.class));
  }

  /**
   * A test-only library whose web fragment opens {@code urlPattern} to anonymous callers (a
   * security constraint without an auth constraint); the portal's own pages stay protected.
   */
  private static JavaArchive openTestLibrary(
      String jarName, String fragmentName, String resourceName, String urlPattern) {
    return ShrinkWrap.create(JavaArchive.class, jarName)
        .addAsManifestResource(
            new StringAsset(
                """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <name>%s</name>
                  <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>%s</web-resource-name>
                      <url-pattern>%s</url-pattern>
                    </web-resource-collection>
                  </security-constraint>
                </web-fragment>
                """
                    .formatted(fragmentName, resourceName, urlPattern)),
            "web-fragment.xml");
  }
}
