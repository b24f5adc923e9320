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
        ShrinkWrap.create(JavaArchive.class, "portal-in-container-tests.jar")
            .addClasses(testClasses)
            .addAsManifestResource(
                new StringAsset(
                    """
                    <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                      <name>in_container_tests</name>
                      <security-constraint>
                        <web-resource-collection>
                          <web-resource-name>Arquillian test runner</web-resource-name>
                          <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                      </security-constraint>
                    </web-fragment>
                    """),
                "web-fragment.xml")
            .addAsManifestResource(
                new StringAsset(
                    "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"),
                "beans.xml");
    return portal().addAsLibrary(testLibrary);
  }

  /**
   * The portal plus the test-only {@link SessionClockServlet}, opened to anonymous callers by the
   * test library's web fragment, for testing session timeouts over HTTP.
   */
  public static WebArchive portalWithSessionClock() {
    JavaArchive clock =
        ShrinkWrap.create(JavaArchive.class, "portal-session-clock.jar")
            .addClasses(SessionClockServlet.class)
            .addAsManifestResource(
                new StringAsset(
                    """
                    <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                      <name>session_clock</name>
                      <security-constraint>
                        <web-resource-collection>
                          <web-resource-name>Test-only session clock</web-resource-name>
                          <url-pattern>/it/*</url-pattern>
                        </web-resource-collection>
                      </security-constraint>
                    </web-fragment>
                    """),
                "web-fragment.xml");
    return portal().addAsLibrary(clock);
  }

  /**
   * The portal plus the test-only {@link BoundaryProbeServlet}, which calls a use-case facade as
   * the signed-in caller (it needs a staff session; without one the facades refuse).
   */
  public static WebArchive portalWithBoundaryProbe() {
    JavaArchive probe =
        ShrinkWrap.create(JavaArchive.class, "portal-boundary-probe.jar")
            .addClasses(BoundaryProbeServlet.class, SimulatorStaffServlet.class)
            .addAsManifestResource(
                new StringAsset(
                    """
                    <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                      <name>boundary_probe</name>
                      <security-constraint>
                        <web-resource-collection>
                          <web-resource-name>Test-only boundary probe</web-resource-name>
                          <url-pattern>/it/*</url-pattern>
                        </web-resource-collection>
                      </security-constraint>
                    </web-fragment>
                    """),
                "web-fragment.xml");
    return portal().addAsLibrary(probe);
  }
}
