package com.mtdconnect.polling.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The benchmark's tenants, written straight into the portal's tables as the use cases leave them
 * after onboarding and provisioning (registering, verifying and provisioning 10,000 tenants through
 * the use cases would take longer than the benchmark): registered, consent verified, iOS and
 * Android, every 15 minutes, MTD-Enroll included and MTD-Exclude excluded, our app per platform
 * created by a finished provisioning run. The simulated tenant gets the matching objects: consent
 * granted, our two apps assigned to those groups three simulated days ago (every install has
 * settled), our MTD connector.
 */
final class BenchTenants {

  /**
   * Who the seeded rows name as their author, and the seeded tenants' notes (how the benchmark
   * finds them: the tenant's author changes with its consent facts).
   */
  static final String AUTHOR = "polling-bench";

  /** One seeded tenant. */
  record Seeded(long id, SimulatedTenant sim, String enrollGroup, String excludeGroup) {}

  private BenchTenants() {}

  /**
   * Seeds {@code count} simulated tenants from index {@code first} on that have the MTD groups;
   * returns them in id order.
   */
  static List<Seeded> seed(
      MicrosoftCloudSimulator cloud, DataSource db, int first, int count, String partnerId)
      throws SQLException {
    List<SimulatedTenant> picked = new ArrayList<>();
    for (int i = first; i < cloud.tenants().size() && picked.size() < count; i++) {
      SimulatedTenant t = cloud.tenant(i);
      TenantDirectory dir = cloud.directory(t);
      if (dir.group(1).map(g -> g.displayName().equals("MTD-Enroll")).orElse(false)
          && dir.group(2).map(g -> g.displayName().equals("MTD-Exclude")).orElse(false)) {
        picked.add(t);
      }
    }
    if (picked.size() < count) {
      throw new IllegalStateException(
          "the simulator has only "
              + picked.size()
              + " tenants with MTD groups from index "
              + first
              + "; raise simulator.tenants");
    }
    Instant simNow = cloud.clock().now();
    Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(simNow, ZoneOffset.UTC));
    Map<String, Long> ids = new HashMap<>();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement tenant =
          c.prepareStatement(
              "INSERT INTO tenant (display_name, directory_id, domain, contact_name, contact_email,"
                  + " notes, lifecycle, scope_tags, created_at, updated_at, updated_by, version)"
                  + " VALUES (?, ?, ?, 'Bench Contact', 'bench@example.com', ?, 'ACTIVE', 'EMEA',"
                  + " ?, ?, ?, 0)")) {
        int n = 0;
        for (SimulatedTenant t : picked) {
          tenant.setString(1, clip("Bench " + t.displayName(), 200));
          tenant.setString(2, t.id());
          tenant.setString(3, t.domain());
          tenant.setString(4, AUTHOR);
          tenant.setTimestamp(5, now);
          tenant.setTimestamp(6, now);
          tenant.setString(7, AUTHOR);
          tenant.addBatch();
          if (++n % 500 == 0) {
            tenant.executeBatch();
          }
        }
        tenant.executeBatch();
      }
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT id, directory_id FROM tenant WHERE notes = '" + AUTHOR + "'")) {
        while (r.next()) {
          ids.put(r.getString(2), r.getLong(1));
        }
      }
      List<Seeded> seeded = new ArrayList<>();
      for (SimulatedTenant t : picked) {
        TenantDirectory dir = cloud.directory(t);
        seeded.add(
            new Seeded(
                ids.get(t.id()),
                t,
                dir.group(1).orElseThrow().id(),
                dir.group(2).orElseThrow().id()));
      }
      seeded.sort((a, b) -> Long.compare(a.id(), b.id()));
      batch(
          c,
          "INSERT INTO consent_status (tenant_id, status, last_verified_at, consented_at,"
              + " updated_at) VALUES (?, 'CONSENTED', ?, ?, ?)",
          seeded,
          (p, s) -> {
            p.setLong(1, s.id());
            p.setTimestamp(2, now);
            p.setTimestamp(3, now);
            p.setTimestamp(4, now);
          });
      batch(
          c,
          "INSERT INTO onboarding (tenant_id, platforms, threat_level, sync_frequency,"
              + " platforms_state, frequency_state, groups_state, started_at, started_by,"
              + " updated_at, updated_by) VALUES (?, 'IOS,ANDROID', 'MEDIUM', 'MINUTES_15',"
              + " 'SAVED', 'SAVED', 'SAVED', ?, ?, ?, ?)",
          seeded,
          (p, s) -> {
            p.setLong(1, s.id());
            p.setTimestamp(2, now);
            p.setString(3, AUTHOR);
            p.setTimestamp(4, now);
            p.setString(5, AUTHOR);
          });
      batch(
          c,
          "INSERT INTO onboarding_group (tenant_id, group_id, role, display_name, group_kind)"
              + " VALUES (?, ?, 'INCLUDED', 'MTD-Enroll', 'Security'),"
              + " (?, ?, 'EXCLUDED', 'MTD-Exclude', 'Security')",
          seeded,
          (p, s) -> {
            p.setLong(1, s.id());
            p.setString(2, s.enrollGroup());
            p.setLong(3, s.id());
            p.setString(4, s.excludeGroup());
          });
      batch(
          c,
          "INSERT INTO provisioning_run (tenant_id, purpose, state, started_by, started_at,"
              + " heartbeat_at, finished_at) VALUES (?, 'PROVISION', 'DONE', ?, ?, ?, ?)",
          seeded,
          (p, s) -> {
            p.setLong(1, s.id());
            p.setString(2, AUTHOR);
            p.setTimestamp(3, now);
            p.setTimestamp(4, now);
            p.setTimestamp(5, now);
          });
      Map<Long, Long> runs = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT tenant_id, id FROM provisioning_run WHERE started_by = '"
                      + AUTHOR
                      + "'")) {
        while (r.next()) {
          runs.put(r.getLong(1), r.getLong(2));
        }
      }
      batch(
          c,
          "INSERT INTO provisioning_step (run_id, position, step_key, step_kind, object_kind,"
              + " platform, object_label, action, state, object_id, finished_at) VALUES"
              + " (?, 1, 'app-ios', 'OBJECT', 'MOBILE_APP', 'IOS', 'MTD app (iOS)', 'CREATE',"
              + " 'DONE', ?, ?), (?, 2, 'app-android', 'OBJECT', 'MOBILE_APP', 'ANDROID',"
              + " 'MTD app (Android)', 'CREATE', 'DONE', ?, ?)",
          seeded,
          (p, s) -> {
            p.setLong(1, runs.get(s.id()));
            p.setString(2, appId(s.sim(), true));
            p.setTimestamp(3, now);
            p.setLong(4, runs.get(s.id()));
            p.setString(5, appId(s.sim(), false));
            p.setTimestamp(6, now);
          });
      c.commit();
      Instant assigned = simNow.minus(Duration.ofDays(3));
      for (Seeded s : seeded) {
        s.sim().grantConsent(Set.of(GraphAppRole.portalSet()));
        app(s, true, assigned);
        app(s, false, assigned);
        cloud.seedConnector(s.sim(), partnerId);
      }
      return seeded;
    }
  }

  /** Our app of one platform in the simulated Intune, assigned like provisioning assigns it. */
  private static void app(Seeded s, boolean ios, Instant assigned) {
    JsonObject app = new JsonObject();
    String id = appId(s.sim(), ios);
    app.addProperty("@odata.type", "#microsoft.graph." + (ios ? "iosStoreApp" : "androidStoreApp"));
    app.addProperty("id", id);
    app.addProperty("displayName", "MTD app");
    app.addProperty("publisher", "MTD Connect");
    JsonArray assignments = new JsonArray();
    assignments.add(target("#microsoft.graph.groupAssignmentTarget", s.enrollGroup()));
    assignments.add(target("#microsoft.graph.exclusionGroupAssignmentTarget", s.excludeGroup()));
    IntuneObjects.Entry entry = s.sim().intune().put(IntuneObjects.Collection.MOBILE_APPS, id, app);
    entry.replaceAssignments(assignments, assigned);
  }

  private static JsonObject target(String type, String groupId) {
    JsonObject target = new JsonObject();
    target.addProperty("@odata.type", type);
    target.addProperty("groupId", groupId);
    JsonObject assignment = new JsonObject();
    assignment.addProperty("intent", "required");
    assignment.add("target", target);
    return assignment;
  }

  private static String appId(SimulatedTenant t, boolean ios) {
    return UUID.nameUUIDFromBytes((t.id() + (ios ? "/ios" : "/android")).getBytes(UTF8)).toString();
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private interface Binder {
    void bind(PreparedStatement statement, Seeded tenant) throws SQLException;
  }

  private static void batch(Connection c, String sql, List<Seeded> tenants, Binder binder)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int n = 0;
      for (Seeded s : tenants) {
        binder.bind(p, s);
        p.addBatch();
        if (++n % 500 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
  }

  private static String clip(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
