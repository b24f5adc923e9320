package com.mtdconnect.simulator.control.intune;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.directory.Mix;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.IntuneObjects.Collection;
import com.mtdconnect.simulator.entity.SimDevice;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intune apps: store apps (create 201, get, list, assign 204 replacing all assignments), managed
 * app configurations (create 201, assign 204), and the beta install-status report whose rows move
 * from pending to installed as the simulated clock advances (graph-contracts §6).
 */
public final class IntuneApps {

  private static final Set<String> APP_TYPES = Set.of("iosStoreApp", "androidStoreApp");
  private static final Set<String> BETA_APP_TYPES =
      Set.of("iosStoreApp", "androidStoreApp", "androidManagedStoreApp");
  private static final List<String> REPORT_COLUMNS =
      List.of(
          "DeviceName",
          "DeviceId",
          "UserPrincipalName",
          "UserName",
          "Platform",
          "AppVersion",
          "InstallState",
          "InstallStateDetail",
          "AppInstallState",
          "AppInstallStateDetails",
          "ErrorCode",
          "HexErrorCode",
          "LastModifiedDateTime",
          "ApplicationId");

  private final AtomicLong ids = new AtomicLong(1);

  // ---- mobile apps

  public SimResponse createApp(GraphCall call) {
    TypedCreateBody body =
        TypedCreateBody.read(
            call, (call.version().equals("beta") ? BETA_APP_TYPES : APP_TYPES)::contains);
    if (body.rejection().isPresent()) {
      return body.rejection().get();
    }
    if (!body.json().has("displayName") || !body.json().has("publisher")) {
      return GraphErrors.badRequest("displayName and publisher are required.", call);
    }
    SimulatedTenant tenant = call.directory().tenant();
    Instant now = call.directory().clock().now();
    JsonObject app = body.json().deepCopy();
    app.addProperty("@odata.type", "#microsoft.graph." + body.type());
    app.addProperty("id", IntuneCollections.newId(tenant, ids));
    app.addProperty("createdDateTime", GraphJson.timestamp(now));
    app.addProperty("lastModifiedDateTime", GraphJson.timestamp(now));
    app.addProperty("publishingState", "published");
    if (!app.has("isFeatured")) {
      app.addProperty("isFeatured", false);
    }
    tenant.intune().put(Collection.MOBILE_APPS, app.get("id").getAsString(), app);
    return GraphJson.entity(
        201, app, call.publicBase() + "/$metadata#deviceAppManagement/mobileApps/$entity");
  }

  public SimResponse listApps(GraphCall call) {
    return IntuneCollections.list(call, Collection.MOBILE_APPS, "deviceAppManagement/mobileApps");
  }

  public SimResponse getApp(GraphCall call) {
    return IntuneCollections.get(
        call, Collection.MOBILE_APPS, "deviceAppManagement/mobileApps/$entity");
  }

  public SimResponse assignApp(GraphCall call) {
    return IntuneCollections.assign(
        call, Collection.MOBILE_APPS, "mobileAppAssignments", "mobileAppAssignment", 204);
  }

  public SimResponse appAssignments(GraphCall call) {
    return IntuneCollections.assignments(call, Collection.MOBILE_APPS, "mobileAppAssignment");
  }

  public SimResponse updateApp(GraphCall call) {
    return IntuneCollections.update(
        call, Collection.MOBILE_APPS, "deviceAppManagement/mobileApps/$entity");
  }

  public SimResponse deleteApp(GraphCall call) {
    return IntuneCollections.delete(call, Collection.MOBILE_APPS);
  }

  // ---- app configurations

  public SimResponse createConfiguration(GraphCall call) {
    TypedCreateBody body =
        TypedCreateBody.read(
            call,
            type ->
                type.equals("iosMobileAppConfiguration")
                    || (call.version().equals("beta")
                        && type.equals("androidManagedStoreAppConfiguration")));
    if (body.rejection().isPresent()) {
      return body.rejection().get();
    }
    JsonElement settings = body.json().get("settings");
    if (settings != null && settings.isJsonArray()) {
      for (JsonElement item : settings.getAsJsonArray()) {
        Optional<String> bad =
            ContractSchema.unknownProperty(item.getAsJsonObject(), "appConfigurationSettingItem");
        if (bad.isPresent()) {
          return GraphErrors.badRequest(bad.get(), call);
        }
      }
    }
    SimulatedTenant tenant = call.directory().tenant();
    Instant now = call.directory().clock().now();
    JsonObject config = body.json().deepCopy();
    config.addProperty("id", IntuneCollections.newId(tenant, ids));
    config.addProperty("createdDateTime", GraphJson.timestamp(now));
    config.addProperty("lastModifiedDateTime", GraphJson.timestamp(now));
    config.addProperty("version", 1);
    tenant.intune().put(Collection.APP_CONFIGURATIONS, config.get("id").getAsString(), config);
    return GraphJson.entity(
        201,
        config,
        call.publicBase() + "/$metadata#deviceAppManagement/mobileAppConfigurations/$entity");
  }

  public SimResponse listConfigurations(GraphCall call) {
    return IntuneCollections.list(
        call, Collection.APP_CONFIGURATIONS, "deviceAppManagement/mobileAppConfigurations");
  }

  public SimResponse getConfiguration(GraphCall call) {
    return IntuneCollections.get(
        call, Collection.APP_CONFIGURATIONS, "deviceAppManagement/mobileAppConfigurations/$entity");
  }

  public SimResponse assignConfiguration(GraphCall call) {
    return IntuneCollections.assign(
        call,
        Collection.APP_CONFIGURATIONS,
        "assignments",
        "managedDeviceMobileAppConfigurationAssignment",
        204);
  }

  public SimResponse configurationAssignments(GraphCall call) {
    return IntuneCollections.assignments(
        call, Collection.APP_CONFIGURATIONS, "managedDeviceMobileAppConfigurationAssignment");
  }

  public SimResponse updateConfiguration(GraphCall call) {
    return IntuneCollections.update(
        call, Collection.APP_CONFIGURATIONS, "deviceAppManagement/mobileAppConfigurations/$entity");
  }

  public SimResponse deleteConfiguration(GraphCall call) {
    return IntuneCollections.delete(call, Collection.APP_CONFIGURATIONS);
  }

  // ---- install status (beta report action)

  public SimResponse installStatusReport(GraphCall call) {
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return GraphErrors.badRequest("Unable to read JSON request payload.", call);
    }
    String filter = body.get().has("filter") ? body.get().get("filter").getAsString() : "";
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("ApplicationId eq '([^']+)'").matcher(filter);
    if (!m.find()) {
      return GraphErrors.badRequest("Filter must name an ApplicationId.", call);
    }
    TenantDirectory dir = call.directory();
    Optional<IntuneObjects.Entry> app =
        dir.tenant().intune().get(Collection.MOBILE_APPS, m.group(1));
    List<String> columns = REPORT_COLUMNS;
    if (body.get().has("select") && body.get().get("select").getAsJsonArray().size() > 0) {
      columns =
          body.get().get("select").getAsJsonArray().asList().stream()
              .map(JsonElement::getAsString)
              .filter(REPORT_COLUMNS::contains)
              .toList();
    }
    int skip = body.get().has("skip") ? body.get().get("skip").getAsInt() : 0;
    int top = body.get().has("top") ? body.get().get("top").getAsInt() : 50;
    JsonArray rows = new JsonArray();
    int total = 0;
    if (app.isPresent() && app.get().assignedAt().isPresent()) {
      List<Integer> devices = targetedDevices(dir, app.get());
      total = devices.size();
      for (int i = skip; i < Math.min(devices.size(), skip + top); i++) {
        rows.add(row(dir, dir.device(devices.get(i)), app.get(), columns));
      }
    }
    JsonObject report = new JsonObject();
    report.addProperty("TotalRowCount", total);
    JsonArray schema = new JsonArray();
    for (String c : columns) {
      JsonObject col = new JsonObject();
      col.addProperty("Column", c);
      col.addProperty("PropertyType", c.equals("ErrorCode") ? "Int32" : "String");
      schema.add(col);
    }
    report.add("Schema", schema);
    report.add("Values", rows);
    report.addProperty("SessionId", "");
    return SimResponse.json(200, report.toString())
        .withHeader("Content-Type", "application/octet-stream");
  }

  static List<Integer> targetedDevices(TenantDirectory dir, IntuneObjects.Entry app) {
    boolean ios = app.object().get("@odata.type").getAsString().contains("ios");
    Set<Integer> included = new HashSet<>();
    Set<Integer> excluded = new HashSet<>();
    Set<Integer> includedDevices = new java.util.TreeSet<>();
    for (JsonElement a : app.assignments()) {
      JsonObject target = a.getAsJsonObject().getAsJsonObject("target");
      String type = ContractSchema.typeOf(target).orElse("");
      if (type.startsWith("all")) {
        for (int u = 0; u < dir.tenant().userCount(); u++) {
          included.add(u);
        }
      } else if (target.has("groupId")) {
        Optional<Integer> g = dir.groupIndexOf(target.get("groupId").getAsString());
        if (g.isPresent()) {
          (type.startsWith("exclusion") ? excluded : included).addAll(dir.members(g.get()));
          if (!type.startsWith("exclusion")) {
            includedDevices.addAll(dir.deviceMembers(g.get()));
          }
        }
      }
    }
    included.removeAll(excluded);
    List<Integer> devices = new java.util.ArrayList<>();
    included.stream()
        .sorted()
        .forEach(
            u -> {
              for (int d : dir.devicesOf(u)) {
                if (dir.device(d).isIos() == ios) {
                  devices.add(d);
                }
              }
            });
    for (int d : includedDevices) {
      if (!devices.contains(d) && dir.device(d).isIos() == ios) {
        devices.add(d);
      }
    }
    return devices;
  }

  static JsonArray row(
      TenantDirectory dir, SimDevice device, IntuneObjects.Entry app, List<String> columns) {
    String appId = app.object().get("id").getAsString();
    long h = Mix.of(dir.tenant().seed(), device.index(), appId.hashCode());
    Instant due =
        app.assignedAt().orElseThrow().plus(Duration.ofMinutes(5 + Mix.below(h, 48 * 60)));
    boolean done = !dir.clock().now().isBefore(due);
    boolean failed =
        done && Mix.below(Mix.of(h), 100) < Math.round(dir.tenant().installFailureShare() * 100);
    String state = !done ? "pendingInstall" : failed ? "failed" : "installed";
    JsonArray row = new JsonArray();
    for (String c : columns) {
      switch (c) {
        case "DeviceName" -> row.add(device.deviceName());
        case "DeviceId" -> row.add(device.managedDeviceId());
        case "UserPrincipalName" -> row.add(dir.user(device.ownerIndex()).userPrincipalName());
        case "UserName" -> row.add(dir.user(device.ownerIndex()).displayName());
        case "Platform" -> row.add(device.operatingSystem());
        case "AppVersion" -> row.add(done && !failed ? "5.12.0" : "");
        case "InstallState", "AppInstallState" -> row.add(state);
        case "InstallStateDetail", "AppInstallStateDetails" ->
            row.add(failed ? "installFailed" : "noAdditionalDetails");
        case "ErrorCode" -> row.add(failed ? -2016345060 : 0);
        case "HexErrorCode" -> row.add(failed ? "0x87D1041C" : "0x0");
        case "LastModifiedDateTime" ->
            row.add(GraphJson.timestamp(done ? due : app.assignedAt().get()));
        case "ApplicationId" -> row.add(appId);
        default -> row.add("");
      }
    }
    return row;
  }
}
