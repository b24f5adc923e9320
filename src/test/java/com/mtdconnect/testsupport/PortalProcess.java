package com.mtdconnect.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A WAR on Payara Micro in a JVM of its own, started the way the README and the demo launcher start
 * it ({@code java -jar payara-micro.jar --deploy … --nohazelcast --disablephonehome}), for the
 * tests that must see exactly what an operator would run rather than Arquillian's deployment.
 */
public final class PortalProcess implements AutoCloseable {

  /** The production pre-boot commands (no Server header, no metrics or OpenAPI endpoints). */
  public static final File PRE_BOOT_COMMANDS = new File("config/pre-boot-commands.txt");

  private final Process process;
  private final int port;
  private final Path log;

  private PortalProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * The command line: Payara Micro with {@code war} at the context root on {@code port}, these
   * system properties, and a {@code --systemproperties} file when given (its values win over the
   * {@code -D} ones, as Payara Micro sets them later).
   */
  public static List<String> command(
      File payaraJar,
      File war,
      int port,
      File rootDir,
      Map<String, String> systemProperties,
      Optional<File> propertiesFile) {
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.addAll(PayaraJvmOptions.SHIPPED);
    systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            payaraJar.getPath(),
            "--deploy",
            war.getPath(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--disablephonehome",
            "--prebootcommandfile",
            PRE_BOOT_COMMANDS.getPath(),
            "--rootdir",
            rootDir.getPath()));
    propertiesFile.ifPresent(file -> command.addAll(List.of("--systemproperties", file.getPath())));
    return command;
  }

  /** Starts the command, its output going to {@code log}; waits until the first page answers. */
  public static PortalProcess start(List<String> command, int port, Path log) {
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      PortalProcess portal = new PortalProcess(process, port, log);
      portal.awaitFirstPage(Duration.ofMinutes(4));
      return portal;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The portal's URL on loopback. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A free TCP port on loopback. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Payara Micro jar of the build (the failsafe configuration names it). */
  public static File payaraJar() {
    return new File(required("payara.microJar"));
  }

  /** A file the build produced, named by a system property of the failsafe configuration. */
  public static File built(String property) {
    File file = new File(required(property));
    if (!file.isFile()) {
      throw new IllegalStateException("Build it first (mvn verify packages it): " + file);
    }
    return file;
  }

  private void awaitFirstPage(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI signIn = URI.create(baseUrl() + "/signin.xhtml");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(signIn).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleepBriefly();
    }
    close();
    throw new IllegalStateException("The portal did not start; its log is " + log);
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Missing -D" + property + " (run the tests with mvn verify)");
    }
    return value;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
