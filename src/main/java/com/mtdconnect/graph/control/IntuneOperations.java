package com.mtdconnect.graph.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.graph.models.AndroidCompliancePolicy;
import com.microsoft.graph.models.AndroidMinimumOperatingSystem;
import com.microsoft.graph.models.AndroidStoreApp;
import com.microsoft.graph.models.AndroidWorkProfileCompliancePolicy;
import com.microsoft.graph.models.AppConfigurationSettingItem;
import com.microsoft.graph.models.DeviceComplianceActionItem;
import com.microsoft.graph.models.DeviceComplianceActionType;
import com.microsoft.graph.models.DeviceCompliancePolicy;
import com.microsoft.graph.models.DeviceCompliancePolicyAssignment;
import com.microsoft.graph.models.DeviceComplianceScheduledActionForRule;
import com.microsoft.graph.models.DeviceThreatProtectionLevel;
import com.microsoft.graph.models.ExclusionGroupAssignmentTarget;
import com.microsoft.graph.models.GroupAssignmentTarget;
import com.microsoft.graph.models.InstallIntent;
import com.microsoft.graph.models.IosCompliancePolicy;
import com.microsoft.graph.models.IosDeviceType;
import com.microsoft.graph.models.IosMinimumOperatingSystem;
import com.microsoft.graph.models.IosMobileAppConfiguration;
import com.microsoft.graph.models.IosStoreApp;
import com.microsoft.graph.models.ManagedDevice;
import com.microsoft.graph.models.ManagedDeviceCollectionResponse;
import com.microsoft.graph.models.ManagedDeviceMobileAppConfiguration;
import com.microsoft.graph.models.ManagedDeviceMobileAppConfigurationAssignment;
import com.microsoft.graph.models.MdmAppConfigKeyType;
import com.microsoft.graph.models.MobileApp;
import com.microsoft.graph.models.MobileAppAssignment;
import com.microsoft.graph.models.MobileThreatDefenseConnector;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.mtdconnect.graph.entity.AppConfigurationRequest;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.CompliancePolicyRequest;
import com.mtdconnect.graph.entity.ComplianceTarget;
import com.mtdconnect.graph.entity.ManagedDeviceSummary;
import com.mtdconnect.graph.entity.MobileAppRef;
import com.mtdconnect.graph.entity.MobilePlatform;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.StoreAppRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Intune reads and writes: managed devices, MTD connectors, store apps (create, get, assign), app
 * configurations and compliance policies (install status: {@link InstallStatusReports}). Request
 * bodies are built fresh for every call (a sent SDK model must not be reused).
 */
public final class IntuneOperations {

  private static final String[] DEVICE_FIELDS = {
    "id",
    "deviceName",
    "operatingSystem",
    "osVersion",
    "complianceState",
    "partnerReportedThreatState",
    "userPrincipalName",
    "azureADDeviceId",
    "lastSyncDateTime"
  };

  public int forEachManagedDevice(
      GraphServiceClient client, int pageSize, Consumer<ManagedDeviceSummary> consumer) {
    ManagedDeviceCollectionResponse first =
        client
            .deviceManagement()
            .managedDevices()
            .get(
                rc -> {
                  rc.queryParameters.select = DEVICE_FIELDS;
                  rc.queryParameters.top = pageSize;
                });
    return GraphPages.of(
            ManagedDeviceCollectionResponse::getValue,
            next -> client.deviceManagement().managedDevices().withUrl(next).get())
        .forEach(first, d -> consumer.accept(summary(d)))
        .pages();
  }

  private static ManagedDeviceSummary summary(ManagedDevice d) {
    return new ManagedDeviceSummary(
        d.getId(),
        String.valueOf(d.getDeviceName()),
        String.valueOf(d.getOperatingSystem()),
        String.valueOf(d.getOsVersion()),
        d.getComplianceState() == null ? "unknown" : d.getComplianceState().getValue(),
        d.getPartnerReportedThreatState() == null
            ? "unknown"
            : d.getPartnerReportedThreatState().getValue(),
        Optional.ofNullable(d.getUserPrincipalName()),
        Optional.ofNullable(d.getAzureADDeviceId()),
        Optional.ofNullable(d.getLastSyncDateTime()));
  }

  public List<MtdConnectorState> mtdConnectors(GraphServiceClient client) {
    return connectors(client.deviceManagement().mobileThreatDefenseConnectors().get());
  }

  static List<MtdConnectorState> connectors(
      com.microsoft.graph.models.MobileThreatDefenseConnectorCollectionResponse response) {
    List<MtdConnectorState> result = new ArrayList<>();
    if (response == null || response.getValue() == null) {
      return result;
    }
    for (MobileThreatDefenseConnector c : response.getValue()) {
      result.add(
          new MtdConnectorState(
              c.getId(),
              c.getPartnerState() == null ? "unknown" : c.getPartnerState().getValue(),
              Optional.ofNullable(c.getLastHeartbeatDateTime()).filter(t -> t.getYear() > 1),
              Boolean.TRUE.equals(c.getAndroidEnabled()),
              Boolean.TRUE.equals(c.getIosEnabled()),
              c.getPartnerUnresponsivenessThresholdInDays() == null
                  ? 0
                  : c.getPartnerUnresponsivenessThresholdInDays()));
    }
    return result;
  }

  public MobileAppRef createStoreApp(GraphServiceClient client, StoreAppRequest request) {
    if (request.platform() == MobilePlatform.ANDROID_ENTERPRISE) {
      JsonObject app = new JsonObject();
      app.addProperty("@odata.type", "#microsoft.graph.androidManagedStoreApp");
      app.addProperty("displayName", request.displayName());
      app.addProperty("description", request.description());
      app.addProperty("publisher", request.publisher());
      app.addProperty("packageId", request.appIdentifier());
      app.addProperty("appIdentifier", request.appIdentifier());
      app.addProperty("appStoreUrl", request.storeUrl());
      app.addProperty("isPrivate", false);
      JsonObject created = BetaRequests.post(client, "/deviceAppManagement/mobileApps", app);
      return new MobileAppRef(
          created.get("id").getAsString(),
          created.get("displayName").getAsString(),
          MobilePlatform.ANDROID_ENTERPRISE,
          created.has("publishingState")
              ? created.get("publishingState").getAsString()
              : "unknown");
    }
    MobileApp body;
    if (request.platform() == MobilePlatform.IOS) {
      IosStoreApp app = new IosStoreApp();
      app.setBundleId(request.appIdentifier());
      app.setAppStoreUrl(request.storeUrl());
      IosDeviceType devices = new IosDeviceType();
      devices.setIPad(true);
      devices.setIPhoneAndIPod(true);
      app.setApplicableDeviceType(devices);
      IosMinimumOperatingSystem minimum = new IosMinimumOperatingSystem();
      minimum.setV150(true);
      app.setMinimumSupportedOperatingSystem(minimum);
      body = app;
    } else {
      AndroidStoreApp app = new AndroidStoreApp();
      app.setPackageId(request.appIdentifier());
      app.setAppStoreUrl(request.storeUrl());
      AndroidMinimumOperatingSystem minimum = new AndroidMinimumOperatingSystem();
      minimum.setV100(true);
      app.setMinimumSupportedOperatingSystem(minimum);
      body = app;
    }
    body.setDisplayName(request.displayName());
    body.setPublisher(request.publisher());
    body.setDescription(request.description());
    body.setIsFeatured(false);
    return ref(client.deviceAppManagement().mobileApps().post(body));
  }

  public Optional<MobileAppRef> mobileApp(GraphServiceClient client, String appId) {
    try {
      return Optional.of(ref(client.deviceAppManagement().mobileApps().byMobileAppId(appId).get()));
    } catch (ApiException e) {
      if (e.getResponseStatusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static MobileAppRef ref(MobileApp app) {
    MobilePlatform platform =
        app instanceof IosStoreApp
            ? MobilePlatform.IOS
            : app instanceof AndroidStoreApp
                ? MobilePlatform.ANDROID
                : MobilePlatform.ANDROID_ENTERPRISE;
    return new MobileAppRef(
        app.getId(),
        app.getDisplayName(),
        platform,
        app.getPublishingState() == null ? "unknown" : app.getPublishingState().getValue());
  }

  /** Replaces all assignments of the app with {@code targets} (Graph's assign is replace-all). */
  public void assignApp(GraphServiceClient client, String appId, List<AssignmentTarget> targets) {
    List<MobileAppAssignment> assignments = new ArrayList<>();
    for (AssignmentTarget t : targets) {
      MobileAppAssignment a = new MobileAppAssignment();
      a.setIntent(
          t.excluded()
              ? InstallIntent.Required
              : java.util.Objects.requireNonNullElse(
                  InstallIntent.forValue(t.appIntent()), InstallIntent.Required));
      a.setTarget(groupTarget(t));
      assignments.add(a);
    }
    var body =
        new com.microsoft.graph.deviceappmanagement.mobileapps.item.assign.AssignPostRequestBody();
    body.setMobileAppAssignments(assignments);
    client.deviceAppManagement().mobileApps().byMobileAppId(appId).assign().post(body);
  }

  private static com.microsoft.graph.models.DeviceAndAppManagementAssignmentTarget groupTarget(
      AssignmentTarget t) {
    return switch (t.kind()) {
      case ALL_LICENSED_USERS -> new com.microsoft.graph.models.AllLicensedUsersAssignmentTarget();
      case ALL_DEVICES -> new com.microsoft.graph.models.AllDevicesAssignmentTarget();
      case GROUP -> {
        GroupAssignmentTarget target =
            t.excluded() ? new ExclusionGroupAssignmentTarget() : new GroupAssignmentTarget();
        target.setGroupId(t.groupId());
        yield target;
      }
    };
  }

  public String createAppConfiguration(GraphServiceClient client, AppConfigurationRequest request) {
    IosMobileAppConfiguration config = new IosMobileAppConfiguration();
    config.setDisplayName(request.displayName());
    config.setTargetedMobileApps(List.of(request.targetedAppId()));
    List<AppConfigurationSettingItem> items = new ArrayList<>();
    request
        .settings()
        .forEach(
            (key, value) -> {
              AppConfigurationSettingItem item = new AppConfigurationSettingItem();
              item.setAppConfigKey(key);
              item.setAppConfigKeyType(MdmAppConfigKeyType.StringType);
              item.setAppConfigKeyValue(value);
              items.add(item);
            });
    config.setSettings(items);
    ManagedDeviceMobileAppConfiguration created =
        client.deviceAppManagement().mobileAppConfigurations().post(config);
    return created.getId();
  }

  public void assignAppConfiguration(
      GraphServiceClient client, String configurationId, List<AssignmentTarget> targets) {
    List<ManagedDeviceMobileAppConfigurationAssignment> assignments = new ArrayList<>();
    for (AssignmentTarget t : targets) {
      ManagedDeviceMobileAppConfigurationAssignment a =
          new ManagedDeviceMobileAppConfigurationAssignment();
      a.setTarget(groupTarget(t));
      assignments.add(a);
    }
    var body =
        new com.microsoft.graph.deviceappmanagement.mobileappconfigurations.item.assign
            .AssignPostRequestBody();
    body.setAssignments(assignments);
    client
        .deviceAppManagement()
        .mobileAppConfigurations()
        .byManagedDeviceMobileAppConfigurationId(configurationId)
        .assign()
        .post(body);
  }

  public String createCompliancePolicy(GraphServiceClient client, CompliancePolicyRequest request) {
    DeviceThreatProtectionLevel level =
        DeviceThreatProtectionLevel.forValue(
            request.requiredThreatLevel().toLowerCase(Locale.ROOT));
    if (request.target() == ComplianceTarget.ANDROID_FULLY_MANAGED) {
      return createFullyManagedPolicy(client, request);
    }
    DeviceCompliancePolicy policy;
    switch (request.target()) {
      case IOS -> {
        IosCompliancePolicy ios = new IosCompliancePolicy();
        ios.setDeviceThreatProtectionEnabled(true);
        ios.setDeviceThreatProtectionRequiredSecurityLevel(level);
        policy = ios;
      }
      case ANDROID_WORK_PROFILE -> {
        AndroidWorkProfileCompliancePolicy workProfile = new AndroidWorkProfileCompliancePolicy();
        workProfile.setDeviceThreatProtectionEnabled(true);
        workProfile.setDeviceThreatProtectionRequiredSecurityLevel(level);
        policy = workProfile;
      }
      default -> {
        AndroidCompliancePolicy android = new AndroidCompliancePolicy();
        android.setDeviceThreatProtectionEnabled(true);
        android.setDeviceThreatProtectionRequiredSecurityLevel(level);
        policy = android;
      }
    }
    policy.setDisplayName(request.displayName());
    policy.setDescription(request.description());
    DeviceComplianceActionItem block = new DeviceComplianceActionItem();
    block.setActionType(DeviceComplianceActionType.Block);
    block.setGracePeriodHours(request.blockGraceHours());
    block.setNotificationMessageCCList(List.of());
    DeviceComplianceScheduledActionForRule rule = new DeviceComplianceScheduledActionForRule();
    rule.setRuleName("PasswordRequired");
    rule.setScheduledActionConfigurations(List.of(block));
    policy.setScheduledActionsForRule(List.of(rule));
    return client.deviceManagement().deviceCompliancePolicies().post(policy).getId();
  }

  /** Fully managed Android exists only in beta: the same policy shape as raw JSON. */
  private static String createFullyManagedPolicy(
      GraphServiceClient client, CompliancePolicyRequest request) {
    JsonObject action = new JsonObject();
    action.addProperty("actionType", "block");
    action.addProperty("gracePeriodHours", request.blockGraceHours());
    action.add("notificationMessageCCList", new JsonArray());
    JsonArray actions = new JsonArray();
    actions.add(action);
    JsonObject rule = new JsonObject();
    rule.addProperty("ruleName", "PasswordRequired");
    rule.add("scheduledActionConfigurations", actions);
    JsonArray rules = new JsonArray();
    rules.add(rule);
    JsonObject policy = new JsonObject();
    policy.addProperty("@odata.type", "#microsoft.graph.androidDeviceOwnerCompliancePolicy");
    policy.addProperty("displayName", request.displayName());
    policy.addProperty("description", request.description());
    policy.addProperty("deviceThreatProtectionEnabled", true);
    policy.addProperty(
        "deviceThreatProtectionRequiredSecurityLevel",
        request.requiredThreatLevel().toLowerCase(Locale.ROOT));
    policy.add("scheduledActionsForRule", rules);
    return BetaRequests.post(client, "/deviceManagement/deviceCompliancePolicies", policy)
        .get("id")
        .getAsString();
  }

  public int assignCompliancePolicy(
      GraphServiceClient client, String policyId, List<AssignmentTarget> targets) {
    List<DeviceCompliancePolicyAssignment> assignments = new ArrayList<>();
    for (AssignmentTarget t : targets) {
      DeviceCompliancePolicyAssignment a = new DeviceCompliancePolicyAssignment();
      a.setTarget(groupTarget(t));
      assignments.add(a);
    }
    var body =
        new com.microsoft.graph.devicemanagement.devicecompliancepolicies.item.assign
            .AssignPostRequestBody();
    body.setAssignments(assignments);
    var response =
        client
            .deviceManagement()
            .deviceCompliancePolicies()
            .byDeviceCompliancePolicyId(policyId)
            .assign()
            .post(body);
    return response == null || response.getValue() == null ? 0 : response.getValue().size();
  }
}
