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
  private final Optional<Path> log;
  private final long startedNanos;
  private Duration timeToFirstPage;

  private PortalProcess(Process process, int port, Optional<Path> log, long startedNanos) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startedNanos = startedNanos;
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
    return command(
        payaraJar, war, port, rootDir, PayaraJvmOptions.SHIPPED, systemProperties, propertiesFile);
  }

  /** The same with other JVM options (the start-up benchmark compares option sets). */
  public static List<String> command(
      File payaraJar,
      File war,
      int port,
      File rootDir,
      List<String> jvmOptions,
      Map<String, String> systemProperties,
      Optional<File> propertiesFile) {
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.addAll(jvmOptions);
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
    PortalProcess portal = launch(command, port, Optional.of(log));
    try {
      portal.awaitFirstPage(Duration.ofMinutes(4));
      return portal;
    } catch (IllegalStateException notStarted) {
      if (!failedInPayarasOwnBoot(log)) {
        throw notStarted;
      }
    }
    // Payara's parallel boot now and then trips over itself (HK2 instance listeners modified while
    // iterated: ConcurrentModificationException, "Server failed to start") before anything of the
    // portal runs; the log of that try is kept beside the new one
    try {
      Files.move(
          log,
          log.resolveSibling(log.getFileName() + ".boot-failed"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("[it] Payara failed in its own boot; starting it once more: " + command);
    PortalProcess again = launch(command, port, Optional.of(log));
    again.awaitFirstPage(Duration.ofMinutes(4));
    return again;
  }

  private static boolean failedInPayarasOwnBoot(Path log) {
    try {
      String output = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
      return output.contains("Server failed to start")
          && output.contains("ConcurrentModificationException");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Starts the command without waiting, its output going to {@code log}, or to this console when
   * there is none (the demo launcher).
   */
  public static PortalProcess launch(List<String> command, int port, Optional<Path> log) {
    try {
      emptyRootDir(command);
      ProcessBuilder builder = new ProcessBuilder(command);
      if (log.isPresent()) {
        Files.createDirectories(log.get().getParent());
        builder.redirectErrorStream(true).redirectOutput(log.get().toFile());
      } else {
        builder.inheritIO();
      }
      long started = System.nanoTime();
      return new PortalProcess(builder.start(), port, log, started);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every start is a new Payara instance: a root directory left by an earlier start still lists the
   * WAR as deployed, so Payara Micro would load that copy, answer the first page, and a second
   * later undeploy it to deploy {@code --deploy}'s again (the dashboard benchmark's users met
   * 503s).
   */
  private static void emptyRootDir(List<String> command) throws IOException {
    int at = command.indexOf("--rootdir");
    if (at < 0 || at + 1 >= command.size()) {
      return;
    }
    Path root = Path.of(command.get(at + 1));
    if (Files.isDirectory(root)) {
      try (var paths = Files.walk(root)) {
        for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(each);
        }
      }
    }
  }

  /** Waits for the portal's JVM to end; returns its exit code. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** The portal JVM's process id. */
  public long pid() {
    return process.pid();
  }

  /**
   * Sends a signal to the portal's JVM ({@code STOP} freezes it, {@code CONT} lets it go on, as a
   * long GC pause or a frozen VM would).
   */
  public void signal(String signal) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid())).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code kill -9}: the JVM ends at once, nothing of it runs to stop cleanly. */
  public void killHard() {
    try {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The portal's URL on loopback. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** From starting the JVM to the first page answering 200. */
  public Duration timeToFirstPage() {
    return timeToFirstPage;
  }

  /** Resident set size of the portal's JVM now, in MiB. */
  public long residentMegabytes() {
    return procStatus("VmRSS:");
  }

  /** Highest resident set size the portal's JVM has had, in MiB. */
  public long peakResidentMegabytes() {
    return procStatus("VmHWM:");
  }

  private long procStatus(String field) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the memory of process " + process.pid(), e);
    }
    throw new IllegalStateException(field + " missing for process " + process.pid());
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

  /**
   * Polls the sign-in page until it answers 200; stops the portal and throws when it does not
   * within {@code timeout} or its JVM ends.
   */
  public void awaitFirstPage(Duration timeout) {
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
          timeToFirstPage = Duration.ofNanos(System.nanoTime() - startedNanos);
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
    throw new IllegalStateException(
        "The portal did not start; see " + log.map(Path::toString).orElse("its output above"));
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(100);
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
