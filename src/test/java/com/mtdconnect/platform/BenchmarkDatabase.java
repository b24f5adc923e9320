package com.mtdconnect.platform;

import com.mtdconnect.testsupport.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;

/**
 * The database the start-up benchmark's portals share: a fresh one on the MariaDB server of {@code
 * PORTAL_IT_DB_URL} (or the embedded MariaDB without it, see {@link TestDatabase}), migrated with
 * the migrations packaged in the WARs under test and filled with registered tenants.
 */
final class BenchmarkDatabase {
  private static final String MIGRATIONS = "WEB-INF/classes/db/migration/";
  private static final String[] LIFECYCLES = {"INVITED", "CONSENT_PENDING", "ACTIVE", "SUSPENDED"};

  private final TestDatabase database = TestDatabase.get();

  String jdbcUrl() {
    return database.jdbcUrl();
  }

  String user() {
    return System.getProperty("it.db.user");
  }

  String password() {
    return System.getProperty("it.db.password");
  }

  /**
   * Applies the migrations packaged in this WAR (a WAR with fewer migrations than the schema has is
   * fine: Flyway ignores future ones).
   */
  void migrateWith(File war, Path workDir) {
    Path location = extractMigrations(war, workDir);
    Flyway.configure()
        .dataSource(jdbcUrl(), user(), password())
        .locations("filesystem:" + location)
        .load()
        .migrate();
  }

  /** Registers {@code count} tenants the way the registry stores them, in batches. */
  void registerTenants(int count) {
    String insert =
        "INSERT INTO tenant (display_name, directory_id, contact_name, contact_email, notes,"
            + " lifecycle, scope_tags, created_at, updated_at, updated_by, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
    try (Connection connection = database.connect();
        PreparedStatement sql = connection.prepareStatement(insert)) {
      connection.setAutoCommit(false);
      for (int i = 1; i <= count; i++) {
        sql.setString(1, String.format("Benchmark Customer %05d", i));
        sql.setString(2, String.format("bench-%05d.onmicrosoft.com", i));
        sql.setString(3, "Contact " + i);
        sql.setString(4, "admin" + i + "@bench-" + i + ".example");
        sql.setString(5, "Registered by the start-up benchmark.");
        sql.setString(6, LIFECYCLES[i % LIFECYCLES.length]);
        sql.setString(7, i % 2 == 0 ? "EMEA" : "AMER");
        sql.setTimestamp(8, now);
        sql.setTimestamp(9, now);
        sql.setString(10, "bench");
        sql.addBatch();
        if (i % 1000 == 0) {
          sql.executeBatch();
        }
      }
      sql.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not register the benchmark's tenants", e);
    }
  }

  private static Path extractMigrations(File war, Path workDir) {
    try (ZipFile zip = new ZipFile(war)) {
      Path target = Files.createTempDirectory(workDir, "migrations");
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (name.startsWith(MIGRATIONS) && name.endsWith(".sql")) {
          try (InputStream in = zip.getInputStream(entry)) {
            Path file = target.resolve(name.substring(MIGRATIONS.length()));
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the migrations of " + war, e);
    }
  }
}
