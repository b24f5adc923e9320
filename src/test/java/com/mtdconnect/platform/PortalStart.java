package com.mtdconnect.platform;

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
import java.util.concurrent.TimeUnit;

/**
 * One start of Payara Micro in its own JVM, as production starts it ({@code java <options> -jar
 * payara-micro.jar --deploy <war> ...}, loopback port, no Hazelcast): measures the time from
 * process start to the first answered page and reads the process's resident memory from {@code
 * /proc}.
 */
final class PortalStart implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  private final Process process;
  private final int port;
  private final Path log;
  private final long startedNanos;

  private PortalStart(Process process, int port, Path log, long startedNanos) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts the portal; {@code systemProperties} are passed as {@code -D} options after the
   * variant's JVM options; Payara's output goes to {@code log}.
   */
  static PortalStart launch(
      File payaraJar, StartupVariant variant, List<String> systemProperties, int port, Path runDir)
      throws IOException {
    Files.createDirectories(runDir);
    Path log = runDir.resolve("payara.log");
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.addAll(variant.jvmOptions());
    command.addAll(systemProperties);
    command.addAll(
        List.of(
            "-jar",
            payaraJar.getPath(),
            "--deploy",
            variant.war().getPath(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--disablephonehome",
            "--rootdir",
            runDir.resolve("payara").toString()));
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new PortalStart(process, port, log, started);
  }

  static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String base() {
    return "http://localhost:" + port;
  }

  /** Polls {@code path} until it answers 200; returns the time since the process started. */
  Duration awaitFirstPage(HttpClient http, String path) throws InterruptedException {
    URI page = URI.create(base() + path);
    long deadline = startedNanos + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited during start; see " + log);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("No page within " + START_LIMIT + "; see " + log);
  }

  /** Resident set size of the Payara JVM now, in MiB. */
  long residentMegabytes() {
    return procStatus("VmRSS:");
  }

  /** Highest resident set size the Payara JVM has had, in MiB. */
  long peakResidentMegabytes() {
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

  /** Stops Payara as Ctrl-C would (its shutdown hooks run), forcibly after a minute. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
