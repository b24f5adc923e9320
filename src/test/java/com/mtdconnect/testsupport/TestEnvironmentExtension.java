package com.mtdconnect.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares what Arquillian's Payara Micro reads from system properties before it starts: the fork's
 * database ({@link TestDatabase}), emptied for each test class so that no class depends on what ran
 * before it, the SMTP port alert tests run a mail server on, and the HTTP port, which the portal
 * must know as its own base URL (demo mode reaches the in-server Microsoft cloud simulator through
 * it).
 */
public class TestEnvironmentExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("com.sun.aas.instanceRoot") != null) {
      return; // an in-container test inside the portal's Payara: the client prepared everything
    }
    TestDatabase database = TestDatabase.get();
    synchronized (TestEnvironmentExtension.class) {
      if (System.getProperty("it.http.port") == null) {
        System.setProperty("it.http.port", String.valueOf(freePort()));
      }
      if (System.getProperty("it.smtp.port") == null) {
        System.setProperty("it.smtp.port", String.valueOf(freePort()));
      }
    }
    awaitReleased(Integer.getInteger("it.http.port"));
    // the earlier class's portal is gone: this class's portal starts on an empty schema
    database.empty();
  }

  /**
   * Waits until the previous test class's Payara has let go of the HTTP port. Its shutdown (the
   * polling engine finishing its rounds, the workers stopping) can outlast the next deployment's
   * start, and Payara Micro then binds the next port up while the portal's base URL still names
   * this one: sign-in and consent links would lead to the server that is going away.
   */
  private static void awaitReleased(int port) {
    endEarlierServers(port);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      try (ServerSocket probe = new ServerSocket()) {
        probe.bind(new InetSocketAddress(port));
        return;
      } catch (IOException stillBound) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "port " + port + " is still held by an earlier server after 120 s", stillBound);
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /**
   * Ends the Payara Micro of an earlier test class on this port if it still runs: its shutdown can
   * hang while its polling engine and workers go on against the run's shared database, writing over
   * what the next test class stores and checks.
   */
  private static void endEarlierServers(int port) {
    List<ProcessHandle> earlier =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .map(c -> c.contains("payara-micro") && c.contains("--port " + port + " "))
                        .orElse(false))
            .toList();
    for (ProcessHandle server : earlier) {
      try {
        server.onExit().get(30, TimeUnit.SECONDS);
      } catch (TimeoutException stillRunning) {
        server.destroyForcibly();
        try {
          server.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
          throw new IllegalStateException("an earlier Payara on port " + port + " does not end", e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
