package com.mtdconnect.graph.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.HttpMethod;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.graph.entity.MtdConnectorSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The Intune reads and writes provisioning needs: list a collection with each object's managed
 * fields, read an object's assignments, create, update (PATCH) and delete apps, app configurations
 * and compliance policies, and create, update and delete our MTD connector. iOS objects go to v1.0;
 * the Android Enterprise app and its configuration exist only in beta (graph-contracts §6.3, §6.6);
 * collections are read through beta so that objects of both kinds are seen.
 */
public final class IntuneProvisioningCalls {

  private static final String CONNECTORS = "/deviceManagement/mobileThreatDefenseConnectors";

  static String collectionPath(IntuneObjectKind kind) {
    return switch (kind) {
      case MOBILE_APP -> "/deviceAppManagement/mobileApps";
      case APP_CONFIGURATION -> "/deviceAppManagement/mobileAppConfigurations";
      case COMPLIANCE_POLICY -> "/deviceManagement/deviceCompliancePolicies";
    };
  }

  static String typeOf(IntuneObjectSpec spec) {
    boolean ios = spec.platform() == MobilePlatform.IOS;
    return switch (spec.kind()) {
      case MOBILE_APP -> ios ? "iosStoreApp" : "androidManagedStoreApp";
      case APP_CONFIGURATION ->
          ios ? "iosMobileAppConfiguration" : "androidManagedStoreAppConfiguration";
      case COMPLIANCE_POLICY -> ios ? "iosCompliancePolicy" : "androidWorkProfileCompliancePolicy";
    };
  }

  private static String root(String type) {
    return type.startsWith("androidManagedStore") ? BetaRequests.BETA : BetaRequests.V1;
  }

  // ---- reads

  public List<IntuneObject> list(GraphServiceClient client, IntuneObjectKind kind) {
    List<IntuneObject> result = new ArrayList<>();
    String url = BetaRequests.BETA + collectionPath(kind);
    while (url != null) {
      JsonObject page = BetaRequests.send(client, HttpMethod.GET, url, null);
      for (JsonElement e : page.getAsJsonArray("value")) {
        result.add(IntuneObjectJson.object(kind, e.getAsJsonObject()));
      }
      url = page.has("@odata.nextLink") ? page.get("@odata.nextLink").getAsString() : null;
    }
    return result;
  }

  public Optional<IntuneObject> get(GraphServiceClient client, IntuneObjectKind kind, String id) {
    try {
      return Optional.of(
          IntuneObjectJson.object(
              kind,
              BetaRequests.send(
                  client,
                  HttpMethod.GET,
                  BetaRequests.BETA + collectionPath(kind) + "/" + id,
                  null)));
    } catch (ApiException e) {
      if (e.getResponseStatusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public List<AssignmentTarget> assignments(
      GraphServiceClient client, IntuneObjectKind kind, String id) {
    List<AssignmentTarget> result = new ArrayList<>();
    String url = BetaRequests.V1 + collectionPath(kind) + "/" + id + "/assignments";
    while (url != null) {
      JsonObject page = BetaRequests.send(client, HttpMethod.GET, url, null);
      for (JsonElement e : page.getAsJsonArray("value")) {
        JsonObject a = e.getAsJsonObject();
        JsonObject target = a.has("target") ? a.getAsJsonObject("target") : new JsonObject();
        String type = IntuneObjectJson.text(target, "@odata.type");
        String intent = IntuneObjectJson.text(a, "intent");
        if (type.endsWith("allLicensedUsersAssignmentTarget")) {
          result.add(
              new AssignmentTarget(AssignmentTarget.Kind.ALL_LICENSED_USERS, "", false, intent));
        } else if (type.endsWith("allDevicesAssignmentTarget")) {
          result.add(new AssignmentTarget(AssignmentTarget.Kind.ALL_DEVICES, "", false, intent));
        } else if (target.has("groupId")) {
          result.add(
              new AssignmentTarget(
                  AssignmentTarget.Kind.GROUP,
                  IntuneObjectJson.text(target, "groupId"),
                  type.endsWith("exclusionGroupAssignmentTarget"),
                  intent));
        }
      }
      url = page.has("@odata.nextLink") ? page.get("@odata.nextLink").getAsString() : null;
    }
    return result;
  }

  // ---- writes

  public IntuneObject create(GraphServiceClient client, IntuneObjectSpec spec) {
    String type = typeOf(spec);
    JsonObject body = body(spec, type);
    switch (spec.kind()) {
      case MOBILE_APP -> {
        body.addProperty("description", spec.displayName() + " (mobile threat defense)");
        body.addProperty("isFeatured", false);
        if (spec.platform() == MobilePlatform.IOS) {
          JsonObject devices = new JsonObject();
          devices.addProperty("@odata.type", "microsoft.graph.iosDeviceType");
          devices.addProperty("iPad", true);
          devices.addProperty("iPhoneAndIPod", true);
          body.add("applicableDeviceType", devices);
          JsonObject minimum = new JsonObject();
          minimum.addProperty("@odata.type", "microsoft.graph.iosMinimumOperatingSystem");
          minimum.addProperty("v15_0", true);
          body.add("minimumSupportedOperatingSystem", minimum);
        } else {
          body.addProperty("appIdentifier", spec.appIdentifier());
          body.addProperty("isPrivate", false);
        }
      }
      case APP_CONFIGURATION -> {
        JsonArray apps = new JsonArray();
        apps.add(spec.targetedAppId());
        body.add("targetedMobileApps", apps);
      }
      case COMPLIANCE_POLICY -> body.add("scheduledActionsForRule", blockAction(spec));
    }
    JsonObject created =
        BetaRequests.send(client, HttpMethod.POST, root(type) + collectionPath(spec.kind()), body);
    return IntuneObjectJson.object(spec.kind(), created);
  }

  /** PATCH of the managed fields ({@code @odata.type} included, as Intune requires for them). */
  public void update(GraphServiceClient client, String id, IntuneObjectSpec spec) {
    String type = typeOf(spec);
    BetaRequests.send(
        client,
        HttpMethod.PATCH,
        root(type) + collectionPath(spec.kind()) + "/" + id,
        body(spec, type));
  }

  /** False when the object was already gone (404). */
  public boolean delete(GraphServiceClient client, IntuneObjectKind kind, String id) {
    try {
      BetaRequests.send(
          client, HttpMethod.DELETE, BetaRequests.BETA + collectionPath(kind) + "/" + id, null);
      return true;
    } catch (ApiException e) {
      if (e.getResponseStatusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private static JsonObject body(IntuneObjectSpec spec, String type) {
    JsonObject body = new JsonObject();
    body.addProperty("@odata.type", "#microsoft.graph." + type);
    body.addProperty("displayName", spec.displayName());
    switch (spec.kind()) {
      case MOBILE_APP -> {
        body.addProperty("publisher", spec.publisher());
        body.addProperty(
            spec.platform() == MobilePlatform.IOS ? "bundleId" : "packageId", spec.appIdentifier());
        body.addProperty("appStoreUrl", spec.storeUrl());
        body.addProperty("notes", spec.marker());
      }
      case APP_CONFIGURATION -> {
        body.addProperty("description", spec.marker());
        if (spec.platform() == MobilePlatform.IOS) {
          JsonArray items = new JsonArray();
          spec.settings()
              .forEach(
                  (k, v) -> {
                    JsonObject item = new JsonObject();
                    item.addProperty("@odata.type", "microsoft.graph.appConfigurationSettingItem");
                    item.addProperty("appConfigKey", k);
                    item.addProperty("appConfigKeyType", "stringType");
                    item.addProperty("appConfigKeyValue", v);
                    items.add(item);
                  });
          body.add("settings", items);
        } else {
          body.addProperty("packageId", spec.appIdentifier());
          body.addProperty("payloadJson", managedConfiguration(spec));
        }
      }
      case COMPLIANCE_POLICY -> {
        body.addProperty("description", spec.marker());
        body.addProperty("deviceThreatProtectionEnabled", true);
        body.addProperty("deviceThreatProtectionRequiredSecurityLevel", spec.threatLevel());
        spec.enforcedProperties().forEach((name, value) -> addTyped(body, name, value));
      }
    }
    return body;
  }

  /** Managed Google Play's managed configuration, base64 as {@code payloadJson} expects. */
  private static String managedConfiguration(IntuneObjectSpec spec) {
    JsonObject payload = new JsonObject();
    payload.addProperty("kind", "androidenterprise#managedConfiguration");
    payload.addProperty("productId", "app:" + spec.appIdentifier());
    JsonArray properties = new JsonArray();
    spec.settings()
        .forEach(
            (k, v) -> {
              JsonObject p = new JsonObject();
              p.addProperty("key", k);
              p.addProperty("valueString", v);
              properties.add(p);
            });
    payload.add("managedProperty", properties);
    return Base64.getEncoder().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A boolean or whole number as JSON's, anything else as a string. */
  private static void addTyped(JsonObject body, String name, String value) {
    if (value.equals("true") || value.equals("false")) {
      body.addProperty(name, Boolean.parseBoolean(value));
    } else if (value.matches("\\d{1,9}")) {
      body.addProperty(name, Integer.parseInt(value));
    } else {
      body.addProperty(name, value);
    }
  }

  /**
   * Intune's one block action (after the spec's grace period; at once when the spec retires), and
   * for {@code retire} the retire action after the grace period.
   */
  private static JsonArray blockAction(IntuneObjectSpec spec) {
    String type = spec.settings().getOrDefault(IntuneObjectSpec.ACTION_KEY, "block");
    int grace =
        Integer.parseInt(spec.settings().getOrDefault(IntuneObjectSpec.GRACE_HOURS_KEY, "0"));
    JsonArray actions = new JsonArray();
    actions.add(action("block", type.equals("retire") ? 0 : grace));
    if (type.equals("retire")) {
      actions.add(action("retire", grace));
    }
    JsonObject rule = new JsonObject();
    rule.addProperty("ruleName", "PasswordRequired");
    rule.add("scheduledActionConfigurations", actions);
    JsonArray rules = new JsonArray();
    rules.add(rule);
    return rules;
  }

  private static JsonObject action(String type, int graceHours) {
    JsonObject action = new JsonObject();
    action.addProperty("actionType", type);
    action.addProperty("gracePeriodHours", graceHours);
    action.addProperty("notificationTemplateId", "");
    action.add("notificationMessageCCList", new JsonArray());
    return action;
  }

  // ---- MTD connector

  public void createConnector(GraphServiceClient client, MtdConnectorSpec spec) {
    JsonObject body = connectorBody(spec);
    body.addProperty("id", spec.partnerId());
    BetaRequests.send(client, HttpMethod.POST, BetaRequests.V1 + CONNECTORS, body);
  }

  public void updateConnector(GraphServiceClient client, MtdConnectorSpec spec) {
    BetaRequests.send(
        client,
        HttpMethod.PATCH,
        BetaRequests.V1 + CONNECTORS + "/" + spec.partnerId(),
        connectorBody(spec));
  }

  /** False when there was no such connector (404). */
  public boolean deleteConnector(GraphServiceClient client, String partnerId) {
    try {
      BetaRequests.send(
          client, HttpMethod.DELETE, BetaRequests.V1 + CONNECTORS + "/" + partnerId, null);
      return true;
    } catch (ApiException e) {
      if (e.getResponseStatusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private static JsonObject connectorBody(MtdConnectorSpec spec) {
    JsonObject body = new JsonObject();
    body.addProperty("@odata.type", "#microsoft.graph.mobileThreatDefenseConnector");
    body.addProperty("iosEnabled", spec.iosEnabled());
    body.addProperty("androidEnabled", spec.androidEnabled());
    body.addProperty("iosDeviceBlockedOnMissingPartnerData", false);
    body.addProperty("androidDeviceBlockedOnMissingPartnerData", false);
    body.addProperty(
        "partnerUnresponsivenessThresholdInDays", spec.unresponsivenessThresholdDays());
    return body;
  }
}
