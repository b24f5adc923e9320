package com.mtdconnect.policies.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.policies.boundary.PolicyPublishRuns;
import com.mtdconnect.policies.boundary.PolicyTemplates;
import com.mtdconnect.policies.boundary.PublishRunWorker;
import com.mtdconnect.policies.control.PolicyObjects;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PublishRun;
import com.mtdconnect.policies.entity.PublishRunTenant;
import com.mtdconnect.policies.entity.PublishRunView;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.simulator.boundary.MicrosoftCloudSimulator;
import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * The publish benchmark inside the portal: N simulated tenants written straight into the tenant
 * table (registered, consented in the simulator, the app configuration provisioning creates in
 * their simulated Intune), a Standard template given to all of them, then one publish run through
 * the real use cases, worker, gateway (MSAL, Graph SDK, pacing) and HTTP to the simulator: the plan
 * of every tenant, then, approved, the publish. Prints {@code [measure]} lines and a {@code RESULT}
 * line.
 */
final class PublishBenchRun implements Runnable {
  private static final String STAFF = "publish-bench";

  private final int tenants;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean done;

  PublishBenchRun(int tenants) {
    this.tenants = tenants;
  }

  boolean done() {
    return done;
  }

  List<String> lines() {
    return new ArrayList<>(lines);
  }

  private void say(String line) {
    lines.add(line);
  }

  @Override
  public void run() {
    RequestContextController context = bean(RequestContextController.class);
    context.activate();
    try {
      measure();
    } catch (Exception e) {
      say("FAILED " + e);
      for (StackTraceElement s : e.getStackTrace()) {
        say("  at " + s);
      }
    } finally {
      context.deactivate();
      done = true;
    }
  }

  private void measure() throws Exception {
    MicrosoftCloudSimulator cloud = bean(SimulatorHolder.class).simulator();
    DataSource db = (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
    bean(RoleAssignments.class)
        .assignIfAbsent(
            Actor.system("publish-bench"),
            "Publish benchmark",
            BuiltInRole.MSP_ADMINISTRATOR,
            STAFF,
            List.of());
    long t = System.nanoTime();
    List<Long> ids = seed(cloud, db);
    say(
        String.format(
            "[measure] publish bench: seeded %,d tenants in %.1f s; %d lanes, %d processors",
            ids.size(), seconds(System.nanoTime() - t), PublishRunWorker.LANES, cores()));

    long templateId =
        asStaff(
            () -> {
              long id =
                  bean(PolicyTemplates.class)
                      .create(
                          "Bench " + UUID.randomUUID().toString().substring(0, 8),
                          Platform.IOS,
                          PolicyPreset.STANDARD)
                      .getId();
              bean(PolicyTemplates.class).assign(id, ids);
              return id;
            });
    long requestsBefore = requests();
    long throttledBefore = throttled();
    PolicyPublishRuns runs = bean(PolicyPublishRuns.class);
    t = System.nanoTime();
    long runId = asStaff(() -> runs.start(templateId, ids));
    PublishRunView planned = await(runs, runId, PublishRun.Phase.AWAITING_APPROVAL);
    long planNanos = System.nanoTime() - t;
    say(
        String.format(
            "[measure] publish bench: plan of %,d tenants in %.1f s (%.0f ms per tenant, %.1f"
                + " tenants/s): %d planned, %d unchanged, %d blocked",
            ids.size(),
            seconds(planNanos),
            planNanos / 1e6 / ids.size(),
            ids.size() / seconds(planNanos),
            planned.count(PublishRunTenant.State.PLANNED),
            planned.count(PublishRunTenant.State.UNCHANGED),
            planned.count(PublishRunTenant.State.BLOCKED)));
    t = System.nanoTime();
    asStaff(() -> runs.approve(runId));
    PublishRunView published = await(runs, runId, PublishRun.Phase.FINISHED);
    long publishNanos = System.nanoTime() - t;
    long requests = requests() - requestsBefore;
    long throttled = throttled() - throttledBefore;
    say(
        String.format(
            "[measure] publish bench: publish of %,d tenants in %.1f s (%.0f ms per tenant, %.1f"
                + " tenants/s): %d applied, %d unchanged, %d failed; Graph requests for plan and"
                + " publish %,d (%.1f per tenant), throttled %d",
            ids.size(),
            seconds(publishNanos),
            publishNanos / 1e6 / ids.size(),
            ids.size() / seconds(publishNanos),
            published.count(PublishRunTenant.State.APPLIED),
            published.count(PublishRunTenant.State.UNCHANGED),
            published.getFailed(),
            requests,
            (double) requests / ids.size(),
            throttled));
    say(
        String.format(
            "RESULT tenants=%d planSeconds=%.1f publishSeconds=%.1f applied=%d failed=%d"
                + " requests=%d throttled=%d",
            ids.size(),
            seconds(planNanos),
            seconds(publishNanos),
            published.count(PublishRunTenant.State.APPLIED),
            published.getFailed(),
            requests,
            throttled));
  }

  /** Waits until the run reaches the phase, saying where it stands every ten seconds. */
  private PublishRunView await(PolicyPublishRuns runs, long runId, PublishRun.Phase phase)
      throws InterruptedException {
    long lastSaid = System.nanoTime();
    while (true) {
      PublishRunView view = asStaff(() -> runs.find(runId).orElseThrow());
      if (view.phase() == phase && !view.isActive()) {
        return view;
      }
      if (!view.isActive() && view.phase() != phase) {
        throw new IllegalStateException("the run stopped: " + view.getStateText());
      }
      if (System.nanoTime() - lastSaid > 10_000_000_000L) {
        say("  " + view.getStateText());
        lastSaid = System.nanoTime();
      }
      Thread.sleep(200);
    }
  }

  /**
   * Tenants as registration leaves them, each with its simulated consent and the app configuration
   * of our app that provisioning creates (catalogue keys only).
   */
  private List<Long> seed(MicrosoftCloudSimulator cloud, DataSource db) throws Exception {
    List<SimulatedTenant> picked = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      Set<String> registered = new java.util.HashSet<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT directory_id FROM tenant")) {
        while (r.next()) {
          registered.add(r.getString(1));
        }
      }
      for (int i = 100; i < cloud.tenants().size() && picked.size() < tenants; i++) {
        if (!registered.contains(cloud.tenant(i).id())) {
          picked.add(cloud.tenant(i));
        }
      }
      if (picked.size() < tenants) {
        throw new IllegalStateException("raise simulator.tenants: only " + picked.size() + " free");
      }
      Timestamp now = Timestamp.valueOf(LocalDateTime.now());
      List<Long> ids = new ArrayList<>();
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO tenant (display_name, directory_id, domain, contact_name, contact_email,"
                  + " notes, lifecycle, scope_tags, created_at, updated_at, updated_by, version)"
                  + " VALUES (?, ?, ?, 'Bench Contact', 'bench@example.com', ?, 'ACTIVE', 'EMEA',"
                  + " ?, ?, ?, 0)",
              Statement.RETURN_GENERATED_KEYS)) {
        for (SimulatedTenant t : picked) {
          insert.setString(1, "Publish bench " + t.displayName());
          insert.setString(2, t.id());
          insert.setString(3, t.domain());
          insert.setString(4, STAFF);
          insert.setTimestamp(5, now);
          insert.setTimestamp(6, now);
          insert.setString(7, STAFF);
          insert.executeUpdate();
          try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            ids.add(key.getLong(1));
          }
        }
      }
      c.commit();
      for (SimulatedTenant t : picked) {
        t.grantConsent(Set.of(GraphAppRole.portalSet()));
        configuration(t);
      }
      return ids;
    }
  }

  /** The app configuration provisioning creates for our iOS app, with the catalogue's keys. */
  private static void configuration(SimulatedTenant t) {
    JsonObject config = new JsonObject();
    String id = UUID.nameUUIDFromBytes((t.id() + "/ios.config").getBytes()).toString();
    config.addProperty("@odata.type", "#microsoft.graph.iosMobileAppConfiguration");
    config.addProperty("id", id);
    config.addProperty("displayName", "MTD app configuration (iOS)");
    config.addProperty(
        "description", IntuneObject.markerText(PolicyObjects.configurationKey(Platform.IOS)));
    config.addProperty("lastModifiedDateTime", Instant.now().toString());
    JsonArray settings = new JsonArray();
    Map.of("tenantToken", "bench", "region", "eu")
        .forEach(
            (k, v) -> {
              JsonObject item = new JsonObject();
              item.addProperty("@odata.type", "#microsoft.graph.appConfigurationSettingItem");
              item.addProperty("appConfigKey", k);
              item.addProperty("appConfigKeyType", "stringType");
              item.addProperty("appConfigKeyValue", v);
              settings.add(item);
            });
    config.add("settings", settings);
    t.intune().put(IntuneObjects.Collection.APP_CONFIGURATIONS, id, config);
  }

  private long requests() {
    return bean(GraphGateway.class).metrics().stream().mapToLong(CallMetrics::calls).sum();
  }

  private long throttled() {
    return bean(GraphGateway.class).metrics().stream().mapToLong(CallMetrics::throttled).sum();
  }

  private static <T> T asStaff(Supplier<T> work) {
    return CurrentStaff.actingFor(
        SignedInStaff.withoutGroups(STAFF, "Publish benchmark", Instant.now()), "127.0.0.1", work);
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
