package com.mtdconnect.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The deployed portal's database, for browser tests that set what polling would have stored and
 * count what a page should show with SQL of their own.
 */
final class PortalDatabase {

  private PortalDatabase() {}

  static void update(String sql) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }

  /** The first column of the first row. */
  static long single(String sql) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The first column of the first row, as text. */
  static String text(String sql) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getString(1);
    }
  }

  /** Inserts one row; returns its generated key. */
  static long insert(String sql, Object... parameters) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
      try (ResultSet key = s.getGeneratedKeys()) {
        if (!key.next()) {
          throw new AssertionError("no generated key for " + sql);
        }
        return key.getLong(1);
      }
    }
  }

  static long tenantId(String name) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement("SELECT id FROM tenant WHERE display_name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("no tenant " + name);
        }
        return r.getLong(1);
      }
    }
  }

  private static Connection connection() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }
}
