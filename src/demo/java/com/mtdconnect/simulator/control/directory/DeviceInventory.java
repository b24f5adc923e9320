package com.mtdconnect.simulator.control.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimDevice;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimUser;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /users/{id}/ownedDevices} (Entra device objects, with the "limited information" rule when
 * Device.Read.All is missing) and {@code /deviceManagement/managedDevices} (Intune), §4.4 and §5.
 */
public final class DeviceInventory {

  private static final Pattern FILTER =
      Pattern.compile(
          "^(operatingSystem|complianceState)\\s+eq\\s+'([^']*)'$", Pattern.CASE_INSENSITIVE);
  private static final int DEFAULT_PAGE = 1000;

  public SimResponse ownedDevices(GraphCall call) {
    TenantDirectory dir = call.directory();
    Optional<Integer> user = dir.userIndexOf(call.param(0));
    if (user.isEmpty()) {
      return GraphErrors.notFound(call);
    }
    boolean full = call.hasAnyRole(GraphAppRole.DEVICE_READ_ALL, GraphAppRole.DIRECTORY_READ_ALL);
    JsonArray values = new JsonArray();
    Set<String> select = GraphJson.select(call.query());
    for (int d : dir.devicesOf(user.get())) {
      values.add(GraphJson.project(entraDevice(dir.device(d), full), select));
    }
    return GraphJson.collection(
        call.publicBase() + "/$metadata#directoryObjects", values, null, null, null);
  }

  static JsonObject entraDevice(SimDevice d, boolean full) {
    JsonObject o = new JsonObject();
    o.addProperty("@odata.type", "#microsoft.graph.device");
    o.addProperty("id", d.entraObjectId());
    o.add("deletedDateTime", JsonNull.INSTANCE);
    if (!full) {
      for (String key :
          new String[] {
            "accountEnabled", "deviceId", "displayName", "operatingSystem", "operatingSystemVersion"
          }) {
        o.add(key, JsonNull.INSTANCE);
      }
      return o;
    }
    o.addProperty("accountEnabled", true);
    o.addProperty("approximateLastSignInDateTime", GraphJson.timestamp(d.lastSyncDateTime()));
    o.addProperty("deviceId", d.azureAdDeviceId());
    o.addProperty("displayName", d.deviceName());
    o.addProperty("isCompliant", "compliant".equals(d.complianceState()));
    o.addProperty("isManaged", true);
    o.addProperty("manufacturer", d.manufacturer());
    o.addProperty("model", d.model());
    o.addProperty("operatingSystem", d.operatingSystem());
    o.addProperty("operatingSystemVersion", d.osVersion());
    o.addProperty("profileType", "RegisteredDevice");
    o.addProperty("registrationDateTime", GraphJson.timestamp(d.enrolledDateTime()));
    o.addProperty("trustType", "Workplace");
    return o;
  }

  public SimResponse managedDevices(GraphCall call) {
    Map<String, String> q = call.query();
    TenantDirectory dir = call.directory();
    Predicate<SimDevice> filter = d -> true;
    String rawFilter = q.get("$filter");
    if (rawFilter != null && !rawFilter.isBlank()) {
      Matcher m = FILTER.matcher(rawFilter.trim());
      if (!m.matches()) {
        return GraphErrors.of(400, "BadRequest", "Invalid filter clause", call);
      }
      boolean os = m.group(1).equalsIgnoreCase("operatingSystem");
      String value = m.group(2);
      filter = d -> value.equalsIgnoreCase(os ? d.operatingSystem() : d.complianceState());
    }
    int top;
    try {
      top = Integer.parseInt(q.getOrDefault("$top", Integer.toString(DEFAULT_PAGE)));
    } catch (NumberFormatException e) {
      return GraphErrors.badRequest("Invalid $top value.", call);
    }
    if (top < 1 || top > DEFAULT_PAGE) {
      return GraphErrors.badRequest("The limit of '1000' for Top query has been exceeded.", call);
    }
    int position = 0;
    if (q.containsKey("$skiptoken")) {
      Optional<String[]> token = PageTokens.decode(q.get("$skiptoken"));
      if (token.isEmpty() || !"md".equals(token.get()[0])) {
        return GraphErrors.badRequest("Invalid skip token.", call);
      }
      position = Integer.parseInt(token.get()[1]);
    }
    Set<String> select = GraphJson.select(q);
    JsonArray values = new JsonArray();
    int total = dir.deviceIndexEnd();
    int d = position;
    while (d < total && values.size() < top) {
      if (!dir.deviceExists(d)) {
        d++;
        continue;
      }
      SimDevice device = dir.device(d);
      if (filter.test(device)) {
        values.add(GraphJson.project(managedDevice(dir, device), select));
      }
      d++;
    }
    String next =
        d < total
            ? GraphJson.link(
                call.publicBase() + "/deviceManagement/managedDevices",
                q,
                "$skiptoken",
                PageTokens.encode("md", Integer.toString(d)))
            : null;
    return GraphJson.collection(
        call.publicBase() + "/$metadata#deviceManagement/managedDevices", values, next, null, null);
  }

  public SimResponse managedDevice(GraphCall call) {
    TenantDirectory dir = call.directory();
    return SimIds.indexOf(dir.tenant().seed(), SimIds.MANAGED_DEVICE, call.param(0))
        .filter(i -> dir.deviceExists(i.intValue()))
        .map(
            i -> {
              JsonObject body = managedDevice(dir, dir.device(i.intValue()));
              body.addProperty(
                  "@odata.context",
                  call.publicBase() + "/$metadata#deviceManagement/managedDevices/$entity");
              return SimResponse.json(
                  200, GraphJson.project(body, GraphJson.select(call.query())).toString());
            })
        .orElseGet(() -> GraphErrors.of(404, "ResourceNotFound", "Resource not found", call));
  }

  static JsonObject managedDevice(TenantDirectory dir, SimDevice d) {
    SimUser owner = dir.user(d.ownerIndex());
    JsonObject o = new JsonObject();
    o.addProperty("@odata.type", "#microsoft.graph.managedDevice");
    o.addProperty("id", d.managedDeviceId());
    o.addProperty("userId", owner.id());
    o.addProperty("deviceName", d.deviceName());
    o.addProperty("managedDeviceOwnerType", "company");
    o.addProperty("enrolledDateTime", GraphJson.timestamp(d.enrolledDateTime()));
    o.addProperty("lastSyncDateTime", GraphJson.timestamp(d.lastSyncDateTime()));
    o.addProperty("operatingSystem", d.operatingSystem());
    o.addProperty("complianceState", d.complianceState());
    o.addProperty("jailBroken", "False");
    o.addProperty("managementAgent", "mdm");
    o.addProperty("osVersion", d.osVersion());
    o.addProperty("easActivated", false);
    o.addProperty("azureADRegistered", true);
    o.addProperty("deviceEnrollmentType", "userEnrollment");
    o.addProperty("emailAddress", owner.userPrincipalName());
    o.addProperty("azureADDeviceId", d.azureAdDeviceId());
    o.addProperty("deviceRegistrationState", "registered");
    o.addProperty("isSupervised", d.isIos());
    o.addProperty("isEncrypted", true);
    o.addProperty("userPrincipalName", owner.userPrincipalName());
    o.addProperty("model", d.model());
    o.addProperty("manufacturer", d.manufacturer());
    o.addProperty("userDisplayName", owner.displayName());
    o.addProperty("partnerReportedThreatState", d.partnerReportedThreatState());
    return o;
  }
}
