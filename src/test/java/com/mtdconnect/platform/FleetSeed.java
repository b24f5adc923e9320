package com.mtdconnect.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What polling and health would have stored for a large fleet, written straight into the
 * benchmark's database with set-based SQL (MariaDB's {@code seq_1_to_N} tables): per registered
 * tenant its consent, health with a reason when not healthy, polling state, a funnel per platform,
 * the MTD connector, {@code devicesPerTenant} devices, a round per hour for 24 hours and 14 days of
 * coverage.
 */
final class FleetSeed {

  private FleetSeed() {}

  static void fill(Connection c, int devicesPerTenant) throws SQLException {
    int half = devicesPerTenant / 2;
    String[] statements = {
      "UPDATE tenant SET consent_fact = IF(id % 10 = 0, 'LOST', 'GRANTED'),"
          + " onboarding_stage = 'PROVISIONED', needs_attention = (id % 10 = 0)",
      "INSERT INTO tenant_health (tenant_id, score, state, computed_at, alerted_state)"
          + " SELECT id, 100 - (id % 7) * 12,"
          + " CASE WHEN 100 - (id % 7) * 12 >= 80 THEN 'HEALTHY'"
          + " WHEN 100 - (id % 7) * 12 >= 50 THEN 'DEGRADED' ELSE 'FAILING' END,"
          + " UTC_TIMESTAMP(3), IF(100 - (id % 7) * 12 < 50, 'FAILING', 'HEALTHY') FROM tenant",
      "INSERT INTO tenant_health_reason (tenant_id, position, code, words, weight, next_action)"
          + " SELECT tenant_id, 0, 'FRESHNESS', 'The last successful round is old.', 100 - score,"
          + " 'SYNC_NOW' FROM tenant_health WHERE score < 80",
      "INSERT INTO tenant_poll_state (tenant_id, generation, last_round_at, last_outcome,"
          + " last_success_at) SELECT id, 1, UTC_TIMESTAMP(3) - INTERVAL id % 60 MINUTE,"
          + " 'SUCCEEDED', UTC_TIMESTAMP(3) - INTERVAL id % 60 MINUTE FROM tenant",
      "INSERT INTO inventory_summary (tenant_id, platform, targeted_users, devices_in_scope,"
          + " app_installed, app_pending, app_failed, connector_reporting, connector_state,"
          + " updated_at) SELECT t.id, p.platform, "
          + half
          + ", "
          + half
          + ", "
          + half
          + " - (t.id % 20), t.id % 20, 0, "
          + half
          + " - (t.id % 25), 'available', UTC_TIMESTAMP(3) FROM tenant t"
          + " JOIN (SELECT 'IOS' AS platform UNION ALL SELECT 'ANDROID') p",
      "INSERT INTO inventory_connector (tenant_id, present, partner_state, last_heartbeat,"
          + " threshold_days, ios_enabled, android_enabled, responsive, reason, read_at)"
          + " SELECT id, TRUE, IF(id % 13 = 0, 'unresponsive', 'available'), UTC_TIMESTAMP(3),"
          + " 7, TRUE, TRUE, id % 13 <> 0, 'Seeded.', UTC_TIMESTAMP(3) FROM tenant",
      "INSERT INTO inventory_device (tenant_id, managed_device_id, user_id, user_principal_name,"
          + " device_name, platform, in_scope, install_state, threat_state, updated_at)"
          + " SELECT t.id, CONCAT('dev-', t.id, '-', s.seq), CONCAT('user-', s.seq),"
          + " CONCAT('user', s.seq, '@tenant', t.id, '.example'), CONCAT('Phone ', s.seq),"
          + " IF(s.seq % 2 = 0, 'IOS', 'ANDROID'), TRUE,"
          + " IF(s.seq % 20 = 0, 'PENDING', 'INSTALLED'), 'activated', UTC_TIMESTAMP(3)"
          + " FROM tenant t JOIN seq_1_to_"
          + devicesPerTenant
          + " s",
      "INSERT INTO poll_round (tenant_id, generation, node, started_at, duration_ms, requests,"
          + " throttled, changes, outcome) SELECT t.id, 1, 'bench',"
          + " UTC_TIMESTAMP(3) - INTERVAL h.seq HOUR - INTERVAL t.id % 60 MINUTE, 800 + t.id % 400,"
          + " 1 + (t.id + h.seq) % 3, IF((t.id + h.seq) % 50 = 0, 1, 0), 0, 'SUCCEEDED'"
          + " FROM tenant t JOIN seq_0_to_23 h",
      "INSERT INTO coverage_day (tenant_id, day, devices_in_scope, app_installed)"
          + " SELECT t.id, UTC_DATE() - INTERVAL d.seq DAY, "
          + devicesPerTenant
          + ", "
          + devicesPerTenant
          + " - (t.id + d.seq) % 30 FROM tenant t JOIN seq_0_to_13 d",
      "ANALYZE TABLE tenant, tenant_health, inventory_summary, inventory_device, poll_round,"
          + " coverage_day, tenant_poll_state, inventory_connector"
    };
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        long started = System.nanoTime();
        boolean results = s.execute(sql);
        if (results) {
          try (ResultSet ignored = s.getResultSet()) {
            // ANALYZE answers with a status table
          }
        }
        System.out.printf(
            "[bench] seeded %s in %d ms%n",
            sql.substring(0, Math.min(40, sql.length())).trim(),
            (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  /**
   * The query plans ({@code EXPLAIN}) of the statements the dashboards run, each with the time it
   * took once: the fleet snapshot's reads (every {@code portal.dashboard.refresh} per node), the
   * registry check (at most once a second) and the tenant dashboard's own reads (every view).
   */
  static List<String> plans(Connection c, long tenantId) throws SQLException {
    String[] queries = {
      "SELECT * FROM fleet_row",
      "SELECT MAX(updated_at) FROM tenant",
      "SELECT DISTINCT tenant_id FROM policy_drift",
      "SELECT tenant_id, app_installed, devices_in_scope FROM coverage_day WHERE day = UTC_DATE()",
      "SELECT tenant_id, SUM(throttled), SUM(requests) FROM poll_round WHERE started_at >="
          + " UTC_TIMESTAMP() - INTERVAL 1 HOUR AND started_at < UTC_TIMESTAMP() GROUP BY tenant_id",
      "SELECT * FROM fleet_row WHERE tenant_id = " + tenantId,
      "SELECT COUNT(*), SUM(requests), SUM(throttled), MAX(requests) FROM poll_round"
          + " WHERE tenant_id = "
          + tenantId
          + " AND started_at >= UTC_TIMESTAMP() - INTERVAL 24 HOUR",
      "SELECT * FROM inventory_device WHERE tenant_id = "
          + tenantId
          + " AND platform = 'IOS' AND in_scope = TRUE AND (LOWER(device_name) LIKE '%%'"
          + " OR LOWER(user_principal_name) LIKE '%%')"
          + " ORDER BY user_principal_name, device_name, managed_device_id LIMIT 25"
    };
    List<String> plans = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      for (String q : queries) {
        StringBuilder plan = new StringBuilder(q).append('\n');
        try (ResultSet r = s.executeQuery("EXPLAIN " + q)) {
          while (r.next()) {
            plan.append(
                String.format(
                    "    %-8s %-12s type=%-7s key=%-32s rows=%-9s %s%n",
                    r.getString("select_type"),
                    r.getString("table"),
                    r.getString("type"),
                    r.getString("key"),
                    r.getString("rows"),
                    r.getString("Extra") == null ? "" : r.getString("Extra")));
          }
        }
        long started = System.nanoTime();
        int rows = 0;
        try (ResultSet r = s.executeQuery(q)) {
          while (r.next()) {
            rows++;
          }
        }
        plan.append(
            String.format(
                "    took %d ms for %,d rows%n", (System.nanoTime() - started) / 1_000_000, rows));
        plans.add(plan.toString());
      }
    }
    return plans;
  }
}
