package com.mtdconnect.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads of the audit log for tests that check which records a step left behind. */
public final class AuditRecords {
  private AuditRecords() {}

  /** The id of the newest audit record (0 for none): records after it are the step's own. */
  public static long latestId(Connection db) throws SQLException {
    try (PreparedStatement query =
            db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_event");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
