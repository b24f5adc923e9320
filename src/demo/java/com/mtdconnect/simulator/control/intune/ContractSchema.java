package com.mtdconnect.simulator.control.intune;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.graph.models.AllDevicesAssignmentTarget;
import com.microsoft.graph.models.AllLicensedUsersAssignmentTarget;
import com.microsoft.graph.models.AndroidCompliancePolicy;
import com.microsoft.graph.models.AndroidMinimumOperatingSystem;
import com.microsoft.graph.models.AndroidStoreApp;
import com.microsoft.graph.models.AndroidWorkProfileCompliancePolicy;
import com.microsoft.graph.models.AppConfigurationSettingItem;
import com.microsoft.graph.models.DeviceComplianceActionItem;
import com.microsoft.graph.models.DeviceCompliancePolicyAssignment;
import com.microsoft.graph.models.DeviceComplianceScheduledActionForRule;
import com.microsoft.graph.models.ExclusionGroupAssignmentTarget;
import com.microsoft.graph.models.GroupAssignmentTarget;
import com.microsoft.graph.models.IosCompliancePolicy;
import com.microsoft.graph.models.IosDeviceType;
import com.microsoft.graph.models.IosMinimumOperatingSystem;
import com.microsoft.graph.models.IosMobileAppConfiguration;
import com.microsoft.graph.models.IosStoreApp;
import com.microsoft.graph.models.IosStoreAppAssignmentSettings;
import com.microsoft.graph.models.ManagedDeviceMobileAppConfigurationAssignment;
import com.microsoft.graph.models.MimeContent;
import com.microsoft.graph.models.MobileAppAssignment;
import com.microsoft.graph.models.MobileThreatDefenseConnector;
import com.microsoft.kiota.serialization.Parsable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The request-body contract of the Graph types clients may send: each type's property names are
 * taken from the SDK's generated models, which Microsoft generates from the Graph metadata (CSDL),
 * so "unknown property → 400" follows the published schema exactly.
 */
public final class ContractSchema {

  private static final Map<String, Supplier<Parsable>> TYPES =
      Map.ofEntries(
          Map.entry("group", com.microsoft.graph.models.Group::new),
          Map.entry(
              "deviceManagementExportJob",
              com.microsoft.graph.models.DeviceManagementExportJob::new),
          Map.entry("iosStoreApp", IosStoreApp::new),
          Map.entry("androidStoreApp", AndroidStoreApp::new),
          Map.entry("mobileAppAssignment", MobileAppAssignment::new),
          Map.entry("groupAssignmentTarget", GroupAssignmentTarget::new),
          Map.entry("exclusionGroupAssignmentTarget", ExclusionGroupAssignmentTarget::new),
          Map.entry("allDevicesAssignmentTarget", AllDevicesAssignmentTarget::new),
          Map.entry("allLicensedUsersAssignmentTarget", AllLicensedUsersAssignmentTarget::new),
          Map.entry("iosStoreAppAssignmentSettings", IosStoreAppAssignmentSettings::new),
          Map.entry("iosMobileAppConfiguration", IosMobileAppConfiguration::new),
          Map.entry("appConfigurationSettingItem", AppConfigurationSettingItem::new),
          Map.entry(
              "managedDeviceMobileAppConfigurationAssignment",
              ManagedDeviceMobileAppConfigurationAssignment::new),
          Map.entry("iosCompliancePolicy", IosCompliancePolicy::new),
          Map.entry("androidCompliancePolicy", AndroidCompliancePolicy::new),
          Map.entry("androidWorkProfileCompliancePolicy", AndroidWorkProfileCompliancePolicy::new),
          Map.entry("deviceCompliancePolicyAssignment", DeviceCompliancePolicyAssignment::new),
          Map.entry(
              "deviceComplianceScheduledActionForRule",
              DeviceComplianceScheduledActionForRule::new),
          Map.entry("deviceComplianceActionItem", DeviceComplianceActionItem::new),
          Map.entry("mobileThreatDefenseConnector", MobileThreatDefenseConnector::new),
          Map.entry("mimeContent", MimeContent::new),
          Map.entry("iosDeviceType", IosDeviceType::new),
          Map.entry("iosMinimumOperatingSystem", IosMinimumOperatingSystem::new),
          Map.entry("androidMinimumOperatingSystem", AndroidMinimumOperatingSystem::new));

  /**
   * Beta-only types the v1.0 SDK has no model for: the v1.0 base type's properties plus the beta
   * properties from Microsoft's beta type mappings (graph-contracts §6.3, §6.6, §7.1).
   */
  private record BetaType(Supplier<Parsable> base, Set<String> extra) {}

  private static final Map<String, BetaType> BETA_TYPES =
      Map.of(
          "androidManagedStoreApp",
          new BetaType(
              com.microsoft.graph.models.MobileApp::new,
              Set.of(
                  "appIdentifier",
                  "appStoreUrl",
                  "appTracks",
                  "isPrivate",
                  "isSystemApp",
                  "packageId",
                  "supportsOemConfig",
                  "totalLicenseCount",
                  "usedLicenseCount")),
          "androidManagedStoreAppConfiguration",
          new BetaType(
              com.microsoft.graph.models.ManagedDeviceMobileAppConfiguration::new,
              Set.of(
                  "packageId",
                  "payloadJson",
                  "permissionActions",
                  "appSupportsOemConfig",
                  "connectedAppsEnabled",
                  "profileApplicability")),
          "androidDeviceOwnerCompliancePolicy",
          new BetaType(
              com.microsoft.graph.models.DeviceCompliancePolicy::new,
              Set.of(
                  "deviceThreatProtectionEnabled",
                  "deviceThreatProtectionRequiredSecurityLevel",
                  "advancedThreatProtectionRequiredSecurityLevel",
                  "minAndroidSecurityPatchLevel",
                  "osMinimumVersion",
                  "osMaximumVersion",
                  "passwordRequired",
                  "passwordRequiredType",
                  "passwordMinimumLength",
                  "passwordMinimumLetterCharacters",
                  "passwordMinimumLowerCaseCharacters",
                  "passwordMinimumNonLetterCharacters",
                  "passwordMinimumNumericCharacters",
                  "passwordMinimumSymbolCharacters",
                  "passwordMinimumUpperCaseCharacters",
                  "passwordMinutesOfInactivityBeforeLock",
                  "passwordExpirationDays",
                  "passwordPreviousPasswordCountToBlock",
                  "requireNoPendingSystemUpdates",
                  "securityRequiredAndroidSafetyNetEvaluationType",
                  "securityRequireIntuneAppIntegrity",
                  "securityRequireSafetyNetAttestationBasicIntegrity",
                  "securityRequireSafetyNetAttestationCertifiedDevice",
                  "storageRequireEncryption")));

  /** Nested properties whose items have a fixed type when {@code @odata.type} is absent. */
  private static final Map<String, String> NESTED_DEFAULTS =
      Map.of(
          "scheduledActionsForRule", "deviceComplianceScheduledActionForRule",
          "scheduledActionConfigurations", "deviceComplianceActionItem",
          "mobileAppAssignments", "mobileAppAssignment");

  private ContractSchema() {}

  /** The short type name of {@code #microsoft.graph.x} / {@code microsoft.graph.x}. */
  public static Optional<String> typeOf(JsonObject object) {
    if (!object.has("@odata.type")) {
      return Optional.empty();
    }
    String t = object.get("@odata.type").getAsString().replace("#", "");
    return Optional.of(t.startsWith("microsoft.graph.") ? t.substring(16) : t);
  }

  public static boolean knows(String type) {
    return TYPES.containsKey(type);
  }

  /**
   * The first property that the declared (or default) type does not have, as a Graph-style message,
   * or empty when the object and its typed children conform.
   */
  public static Optional<String> unknownProperty(JsonObject object, String defaultType) {
    String type = typeOf(object).orElse(defaultType);
    Set<String> fields;
    if (type != null && TYPES.containsKey(type)) {
      fields = TYPES.get(type).get().getFieldDeserializers().keySet();
    } else if (type != null && BETA_TYPES.containsKey(type)) {
      BetaType beta = BETA_TYPES.get(type);
      fields = new java.util.HashSet<>(beta.base().get().getFieldDeserializers().keySet());
      fields.addAll(beta.extra());
    } else {
      return Optional.empty();
    }
    for (Map.Entry<String, JsonElement> e : object.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("@")) {
        continue;
      }
      if (!fields.contains(key)) {
        return Optional.of(
            "Property '" + key + "' does not exist on type 'microsoft.graph." + type + "'.");
      }
      Optional<String> nested = nested(e.getValue(), NESTED_DEFAULTS.get(key));
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nested(JsonElement value, String defaultType) {
    if (value.isJsonObject()) {
      JsonObject o = value.getAsJsonObject();
      if (o.has("@odata.type") || defaultType != null) {
        return unknownProperty(o, defaultType);
      }
    } else if (value.isJsonArray()) {
      for (JsonElement item : value.getAsJsonArray()) {
        Optional<String> problem = nested(item, defaultType);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }
}
