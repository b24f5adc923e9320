package com.mtdconnect.simulator.control.intune;

import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.directory.Mix;
import com.mtdconnect.simulator.control.directory.SimIds;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.IntuneObjects.Collection;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Mobile Threat Defense connectors (graph-contracts §8): CRUD, and a partner that heartbeats every
 * few minutes of simulated time unless the tenant's connector is broken, in which case {@code
 * partnerState} turns {@code unresponsive} after {@code partnerUnresponsivenessThresholdInDays}.
 */
public final class MtdConnectors {

  private static final String CONTEXT = "deviceManagement/mobileThreatDefenseConnectors";
  private final SimulatedClock clock;

  public MtdConnectors(SimulatedClock clock) {
    this.clock = clock;
  }

  /** Creates an enabled connector for a partner, as a demo or test fixture. */
  public static void seed(SimulatedTenant tenant, String partnerId, SimulatedClock clock) {
    JsonObject c = defaults(partnerId);
    c.addProperty("partnerState", "enabled");
    c.addProperty("androidEnabled", true);
    c.addProperty("iosEnabled", true);
    c.addProperty("lastHeartbeatDateTime", GraphJson.timestamp(clock.now()));
    tenant.intune().put(Collection.MTD_CONNECTORS, partnerId, c);
  }

  private static JsonObject defaults(String id) {
    JsonObject c = new JsonObject();
    c.addProperty("@odata.type", "#microsoft.graph.mobileThreatDefenseConnector");
    c.addProperty("id", id);
    c.addProperty("lastHeartbeatDateTime", "0001-01-01T00:00:00Z");
    c.addProperty("partnerState", "available");
    for (String flag :
        new String[] {
          "allowPartnerToCollectIOSApplicationMetadata",
          "allowPartnerToCollectIOSPersonalApplicationMetadata",
          "androidDeviceBlockedOnMissingPartnerData",
          "androidEnabled",
          "androidMobileApplicationManagementEnabled",
          "iosDeviceBlockedOnMissingPartnerData",
          "iosEnabled",
          "iosMobileApplicationManagementEnabled",
          "microsoftDefenderForEndpointAttachEnabled",
          "partnerUnsupportedOsVersionBlocked",
          "windowsDeviceBlockedOnMissingPartnerData",
          "windowsEnabled"
        }) {
      c.addProperty(flag, false);
    }
    c.addProperty("partnerUnresponsivenessThresholdInDays", 7);
    return c;
  }

  public SimResponse list(GraphCall call) {
    SimulatedTenant tenant = call.directory().tenant();
    tenant.intune().list(Collection.MTD_CONNECTORS).forEach(e -> heartbeat(tenant, e));
    return IntuneCollections.list(call, Collection.MTD_CONNECTORS, CONTEXT);
  }

  public SimResponse get(GraphCall call) {
    SimulatedTenant tenant = call.directory().tenant();
    tenant
        .intune()
        .get(Collection.MTD_CONNECTORS, call.param(0))
        .ifPresent(e -> heartbeat(tenant, e));
    return IntuneCollections.get(call, Collection.MTD_CONNECTORS, CONTEXT + "/$entity");
  }

  public SimResponse create(GraphCall call) {
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return GraphErrors.badRequest("Unable to read JSON request payload.", call);
    }
    Optional<String> unknown =
        ContractSchema.unknownProperty(body.get(), "mobileThreatDefenseConnector");
    if (unknown.isPresent()) {
      return GraphErrors.badRequest(unknown.get(), call);
    }
    SimulatedTenant tenant = call.directory().tenant();
    String id =
        body.get().has("id")
            ? body.get().get("id").getAsString()
            : SimIds.of(tenant.seed(), SimIds.INTUNE_OBJECT, 0xC000);
    if (tenant.intune().get(Collection.MTD_CONNECTORS, id).isPresent()) {
      return GraphErrors.of(409, "Conflict", "A connector for this partner already exists.", call);
    }
    JsonObject connector = defaults(id);
    body.get().entrySet().forEach(e -> connector.add(e.getKey(), e.getValue()));
    connector.addProperty("@odata.type", "#microsoft.graph.mobileThreatDefenseConnector");
    tenant.intune().put(Collection.MTD_CONNECTORS, id, connector);
    return GraphJson.entity(
        201, connector, call.publicBase() + "/$metadata#" + CONTEXT + "/$entity");
  }

  public SimResponse update(GraphCall call) {
    SimulatedTenant tenant = call.directory().tenant();
    Optional<IntuneObjects.Entry> entry =
        tenant.intune().get(Collection.MTD_CONNECTORS, call.param(0));
    if (entry.isEmpty()) {
      return GraphErrors.of(404, "ResourceNotFound", "Resource not found", call);
    }
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return GraphErrors.badRequest("Unable to read JSON request payload.", call);
    }
    Optional<String> unknown =
        ContractSchema.unknownProperty(body.get(), "mobileThreatDefenseConnector");
    if (unknown.isPresent()) {
      return GraphErrors.badRequest(unknown.get(), call);
    }
    synchronized (entry.get()) {
      for (Map.Entry<String, com.google.gson.JsonElement> e : body.get().entrySet()) {
        if (!e.getKey().equals("id") && !e.getKey().startsWith("@")) {
          entry.get().object().add(e.getKey(), e.getValue());
        }
      }
    }
    return SimResponse.empty(204);
  }

  public SimResponse delete(GraphCall call) {
    boolean removed =
        call.directory().tenant().intune().remove(Collection.MTD_CONNECTORS, call.param(0));
    return removed
        ? SimResponse.empty(204)
        : GraphErrors.of(404, "ResourceNotFound", "Resource not found", call);
  }

  private void heartbeat(SimulatedTenant tenant, IntuneObjects.Entry entry) {
    synchronized (entry) {
      JsonObject c = entry.object();
      String state = c.get("partnerState").getAsString();
      if (!state.equals("enabled") && !state.equals("unresponsive")) {
        return;
      }
      Instant now = clock.now();
      if (tenant.faults().connectorBroken()) {
        if (entry.heartbeatStoppedAt().isEmpty()) {
          entry.heartbeatStoppedAt(now);
        }
        int days = c.get("partnerUnresponsivenessThresholdInDays").getAsInt();
        Instant last = entry.heartbeatStoppedAt().get();
        c.addProperty("lastHeartbeatDateTime", GraphJson.timestamp(last));
        if (Duration.between(last, now).toDays() >= days) {
          c.addProperty("partnerState", "unresponsive");
        }
      } else {
        entry.heartbeatStoppedAt(null);
        long minutes = Mix.below(Mix.of(tenant.seed(), now.getEpochSecond() / 600, 7), 10);
        c.addProperty(
            "lastHeartbeatDateTime", GraphJson.timestamp(now.minus(Duration.ofMinutes(minutes))));
        c.addProperty("partnerState", "enabled");
      }
    }
  }
}
