package com.mtdconnect.auditlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.auditlog.control.AuditPurge;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.testsupport.AuditRecords;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The audit retention purge inside the server, against the real MariaDB. */
@PortalIT
class AuditRetentionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(AuditRetentionIT.class);
  }

  @Test
  void eventsOlderThanTheRetentionAreDeletedNewerOnesKeptAndThePurgeIsRecorded() throws Exception {
    String actor = "retention-" + UUID.randomUUID().toString().substring(0, 8);
    insertEventDaysAgo(actor, 400);
    insertEventDaysAgo(actor, 366);
    insertEventDaysAgo(actor, 364);
    insertEventDaysAgo(actor, 0);
    long before = latestId();

    int deleted = CDI.current().select(AuditPurge.class).get().olderThanDays(365);

    assertTrue(deleted >= 2, "at least the two old events: " + deleted);
    assertEquals(List.of("364 days", "0 days"), ageLabelsOf(actor), "the newer ones are kept");
    List<String> purges = purgeRecordsAfter(before);
    assertEquals(1, purges.size(), "the purge records itself once: " + purges);
    assertTrue(purges.get(0).contains("\"deleted\":" + deleted), purges.get(0));
    assertTrue(purges.get(0).contains("\"retentionDays\":365"), purges.get(0));

    long afterFirst = latestId();
    assertEquals(0, CDI.current().select(AuditPurge.class).get().olderThanDays(365));
    assertEquals(
        List.of(), purgeRecordsAfter(afterFirst), "a purge with nothing to delete is silent");
    assertEquals(List.of("364 days", "0 days"), ageLabelsOf(actor));
  }

  private static void insertEventDaysAgo(String actor, int days) throws Exception {
    try (Connection db = dataSource().getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id)"
                    + " VALUES (UTC_TIMESTAMP(3) - INTERVAL ? DAY, ?, 'TEST_EVENT', 'Test', ?)")) {
      insert.setInt(1, days);
      insert.setString(2, actor);
      insert.setString(3, days + " days");
      insert.executeUpdate();
    }
  }

  private static List<String> ageLabelsOf(String actor) throws Exception {
    List<String> labels = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT object_id FROM audit_event WHERE actor = ? ORDER BY occurred_at")) {
      query.setString(1, actor);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          labels.add(rows.getString(1));
        }
      }
    }
    return labels;
  }

  private static List<String> purgeRecordsAfter(long id) throws Exception {
    List<String> records = new ArrayList<>();
    try (Connection db = dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT actor, after_state FROM audit_event WHERE id > ? AND action = 'AUDIT_PURGED'")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          records.add(rows.getString(1) + " " + rows.getString(2));
        }
      }
    }
    return records;
  }

  private static long latestId() throws Exception {
    try (Connection db = dataSource().getConnection()) {
      return AuditRecords.latestId(db);
    }
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
  }
}
