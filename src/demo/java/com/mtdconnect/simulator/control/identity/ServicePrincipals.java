package com.mtdconnect.simulator.control.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.directory.SimIds;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.ConsentState;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Service principals in a tenant: ours (present only while consented, carrying the granted app-role
 * assignments), Microsoft Graph, Microsoft Intune (with the service-discovery {@code endpoints})
 * and the Microsoft Intune API (graph-contracts §1.5, §9).
 */
public final class ServicePrincipals {

  public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
  public static final String INTUNE_APP_ID = "0000000a-0000-0000-c000-000000000000";
  public static final String INTUNE_API_APP_ID = "c161e42e-d4df-4a3d-9b42-e7a3c31f59d4";
  private static final String MICROSOFT_TENANT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
  private static final String[] INTUNE_SERVICES = {
    "ScepRequestValidationFEService",
    "PkiConnectorFEService",
    "PartnerTenantService",
    "DeviceHealthFEService"
  };

  private record Principal(int index, String appId, String displayName) {}

  private final Supplier<Optional<AppRegistration>> partnerApp;

  public ServicePrincipals(Supplier<Optional<AppRegistration>> partnerApp) {
    this.partnerApp = partnerApp;
  }

  /** Our application's service principal object id in a tenant. */
  public static String ourId(SimulatedTenant tenant) {
    return SimIds.of(tenant.seed(), SimIds.SERVICE_PRINCIPAL, 0);
  }

  private List<Principal> principals(SimulatedTenant tenant) {
    List<Principal> list = new ArrayList<>();
    if (tenant.consent() == ConsentState.CONSENTED) {
      partnerApp
          .get()
          .ifPresent(app -> list.add(new Principal(0, app.clientId(), app.displayName())));
    }
    list.add(new Principal(1, GRAPH_APP_ID, "Microsoft Graph"));
    list.add(new Principal(2, INTUNE_APP_ID, "Microsoft Intune"));
    list.add(new Principal(3, INTUNE_API_APP_ID, "Microsoft Intune API"));
    return list;
  }

  private Optional<Principal> resolve(GraphCall call, String key) {
    SimulatedTenant tenant = call.directory().tenant();
    Optional<String> appId = appIdIn(key);
    for (Principal p : principals(tenant)) {
      if (appId.isPresent()
          ? p.appId().equalsIgnoreCase(appId.get())
          : idOf(tenant, p).equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** {@code appId='x'} or {@code appId=x} → x; a plain object id → empty. */
  private static Optional<String> appIdIn(String key) {
    return key.startsWith("appId=")
        ? Optional.of(key.substring(6).replace("'", ""))
        : Optional.empty();
  }

  private static String idOf(SimulatedTenant tenant, Principal p) {
    return SimIds.of(tenant.seed(), SimIds.SERVICE_PRINCIPAL, p.index());
  }

  private JsonObject json(SimulatedTenant tenant, Principal p) {
    JsonObject o = new JsonObject();
    o.addProperty("id", idOf(tenant, p));
    o.add("deletedDateTime", JsonNull.INSTANCE);
    o.addProperty("accountEnabled", true);
    o.addProperty("appDisplayName", p.displayName());
    o.addProperty("appId", p.appId());
    o.addProperty("appOwnerOrganizationId", p.index() == 0 ? partnerTenantId() : MICROSOFT_TENANT);
    o.addProperty("displayName", p.displayName());
    o.add("servicePrincipalNames", GraphJson.strings(List.of(p.appId())));
    o.addProperty("servicePrincipalType", "Application");
    o.add("tags", new JsonArray());
    return o;
  }

  private static String partnerTenantId() {
    return "8a5b2c4d-0000-4000-8000-00000000c0de";
  }

  /** {@code GET /servicePrincipals} with {@code $filter=appId eq '...'} (or no filter). */
  public SimResponse list(GraphCall call) {
    SimulatedTenant tenant = call.directory().tenant();
    String filter = call.query().get("$filter");
    String wanted = null;
    if (filter != null) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^\\s*appId\\s+eq\\s+'([^']*)'\\s*$").matcher(filter);
      if (!m.matches()) {
        return GraphErrors.unsupportedQuery(call);
      }
      wanted = m.group(1);
    }
    JsonArray values = new JsonArray();
    for (Principal p : principals(tenant)) {
      if (wanted == null || p.appId().equalsIgnoreCase(wanted)) {
        values.add(GraphJson.project(json(tenant, p), GraphJson.select(call.query())));
      }
    }
    return GraphJson.collection(
        call.publicBase() + "/$metadata#servicePrincipals", values, null, null, null);
  }

  public SimResponse get(GraphCall call) {
    return resolve(call, call.param(0))
        .map(
            p -> withContext(json(call.directory().tenant(), p), call, "servicePrincipals/$entity"))
        .orElseGet(() -> GraphErrors.notFound(call));
  }

  public SimResponse appRoleAssignments(GraphCall call) {
    SimulatedTenant tenant = call.directory().tenant();
    Optional<Principal> principal = resolve(call, call.param(0));
    if (principal.isEmpty()) {
      return GraphErrors.notFound(call);
    }
    JsonArray values = new JsonArray();
    if (principal.get().index() == 0 && tenant.grantsVisibleAt(java.time.Instant.now())) {
      String graphSp = SimIds.of(tenant.seed(), SimIds.SERVICE_PRINCIPAL, 1);
      for (GraphAppRole role : tenant.grantedRoles()) {
        JsonObject a = new JsonObject();
        a.addProperty("id", SimIds.of(tenant.seed(), SimIds.ASSIGNMENT, role.ordinal()));
        a.add("deletedDateTime", JsonNull.INSTANCE);
        a.addProperty("appRoleId", role.id());
        a.addProperty("createdDateTime", GraphJson.timestamp(call.directory().tenantCreated()));
        a.addProperty("principalDisplayName", principal.get().displayName());
        a.addProperty("principalId", idOf(tenant, principal.get()));
        a.addProperty("principalType", "ServicePrincipal");
        a.addProperty("resourceDisplayName", "Microsoft Graph");
        a.addProperty("resourceId", graphSp);
        values.add(a);
      }
    }
    return GraphJson.collection(
        call.publicBase()
            + "/$metadata#servicePrincipals('"
            + call.param(0)
            + "')/appRoleAssignments",
        values,
        null,
        null,
        null);
  }

  public SimResponse endpoints(GraphCall call) {
    SimulatedTenant tenant = call.directory().tenant();
    Optional<Principal> principal = resolve(call, call.param(0));
    if (principal.isEmpty()) {
      return GraphErrors.notFound(call);
    }
    JsonArray values = new JsonArray();
    if (principal.get().appId().equals(INTUNE_APP_ID)) {
      String region = "msua0" + (1 + tenant.index() % 8);
      for (int i = 0; i < INTUNE_SERVICES.length; i++) {
        JsonObject e = new JsonObject();
        e.addProperty("id", SimIds.of(tenant.seed(), SimIds.INTUNE_OBJECT, 0xE000 + i));
        e.add("deletedDateTime", JsonNull.INSTANCE);
        e.addProperty("capability", INTUNE_SERVICES[i]);
        e.addProperty("providerId", INTUNE_APP_ID);
        e.addProperty("providerName", INTUNE_SERVICES[i]);
        e.addProperty(
            "providerResourceId", SimIds.of(tenant.seed(), SimIds.INTUNE_OBJECT, 0xE100 + i));
        e.addProperty(
            "uri",
            "https://fef."
                + region
                + ".manage.microsoft.com/TrafficGateway/TrafficRoutingService/"
                + INTUNE_SERVICES[i]);
        values.add(e);
      }
    }
    return GraphJson.collection(
        call.publicBase() + "/$metadata#servicePrincipals('" + call.param(0) + "')/endpoints",
        values,
        null,
        null,
        null);
  }

  private static SimResponse withContext(JsonObject o, GraphCall call, String context) {
    JsonObject body = new JsonObject();
    body.addProperty("@odata.context", call.publicBase() + "/$metadata#" + context);
    o.entrySet().forEach(e -> body.add(e.getKey(), e.getValue()));
    return SimResponse.json(
        200, GraphJson.project(body, GraphJson.select(call.query())).toString());
  }
}
