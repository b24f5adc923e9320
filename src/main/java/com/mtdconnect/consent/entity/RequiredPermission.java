package com.mtdconnect.consent.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Microsoft Graph application permissions the integration asks every customer tenant for, with
 * the app-role ids Microsoft grants them under, what each allows and why we need it (in words a
 * customer's administrator can check), the feature that uses it and whether it matters mainly
 * during setup.
 */
public enum RequiredPermission {
  APPLICATION_READ_ALL(
      "Application.Read.All",
      "9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30",
      Feature.CONSENT_VERIFICATION,
      PermissionPhase.ONGOING,
      "Read the apps and service principals registered in your organization.",
      "To confirm which permissions you granted us, and to find the Intune service we report to."),
  USER_READ_ALL(
      "User.Read.All",
      "df021288-bdef-4463-88db-98f22de89214",
      Feature.GROUP_TARGETING,
      PermissionPhase.ONGOING,
      "Read the profiles of all users.",
      "To resolve the users of the groups you target and the devices they own."),
  GROUP_MEMBER_READ_ALL(
      "GroupMember.Read.All",
      "98830695-27a2-44f7-8c18-0c3ebc9698f6",
      Feature.GROUP_TARGETING,
      PermissionPhase.ONGOING,
      "Read group memberships.",
      "To follow who joins or leaves the groups that receive the mobile security app."),
  GROUP_READ_ALL(
      "Group.Read.All",
      "5b567255-7703-4780-807c-7be8301ae99b",
      Feature.GROUP_TARGETING,
      PermissionPhase.ONGOING,
      "Read the properties of all groups.",
      "To let you pick the groups that get the app, by name."),
  DEVICE_READ_ALL(
      "Device.Read.All",
      "7438b122-aefc-4978-80ed-43db9fcc7715",
      Feature.ENROLLMENT_SYNC,
      PermissionPhase.ONGOING,
      "Read the devices registered in your directory.",
      "To notice new and removed phones and tablets."),
  DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL(
      "DeviceManagementManagedDevices.Read.All",
      "2f51be20-0bb4-4fed-bf7b-db946066c75e",
      Feature.ENROLLMENT_SYNC,
      PermissionPhase.ONGOING,
      "Read the devices Intune manages and their state (no remote actions).",
      "To show per device whether the mobile security app protects it."),
  DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL(
      "DeviceManagementApps.ReadWrite.All",
      "78145de6-330d-4800-a6ce-494ff2d33d07",
      Feature.APP_PROVISIONING,
      PermissionPhase.SETUP,
      "Add, assign and read Intune apps and app configurations.",
      "To add the mobile security app to Intune, assign it to your groups and read its install"
          + " status."),
  DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL(
      "DeviceManagementConfiguration.ReadWrite.All",
      "9241abd9-d0e6-425a-bd4f-47ba86e767a4",
      Feature.COMPLIANCE,
      PermissionPhase.SETUP,
      "Create and assign Intune compliance policies and device configuration.",
      "To create the compliance policies that require a safe device threat level, and to update"
          + " them when you change the mobile policy."),
  DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL(
      "DeviceManagementServiceConfig.ReadWrite.All",
      "5ac13192-7ace-4fcf-b828-1a26f28068ee",
      Feature.MTD_CONNECTOR,
      PermissionPhase.SETUP,
      "Configure Intune services such as Mobile Threat Defense connectors.",
      "To turn on the Mobile Threat Defense connector for iOS and Android and watch its health.");

  private final String permissionName;
  private final String appRoleId;
  private final Feature feature;
  private final PermissionPhase phase;
  private final String allows;
  private final String why;

  RequiredPermission(
      String permissionName,
      String appRoleId,
      Feature feature,
      PermissionPhase phase,
      String allows,
      String why) {
    this.permissionName = permissionName;
    this.appRoleId = appRoleId;
    this.feature = feature;
    this.phase = phase;
    this.allows = allows;
    this.why = why;
  }

  public String getPermissionName() {
    return permissionName;
  }

  /** The feature's label, for pages. */
  public String getFeatureLabel() {
    return feature.getLabel();
  }

  public Feature getFeature() {
    return feature;
  }

  public PermissionPhase getPhase() {
    return phase;
  }

  public String getAllows() {
    return allows;
  }

  public String getWhy() {
    return why;
  }

  public String appRoleId() {
    return appRoleId;
  }

  public static Optional<RequiredPermission> ofAppRole(String appRoleId) {
    return Arrays.stream(values()).filter(p -> p.appRoleId.equalsIgnoreCase(appRoleId)).findFirst();
  }

  public static Optional<RequiredPermission> ofName(String permissionName) {
    return Arrays.stream(values())
        .filter(p -> p.permissionName.equalsIgnoreCase(permissionName))
        .findFirst();
  }

  /** Permissions from a stored comma-separated list of names; unknown names are left out. */
  public static List<RequiredPermission> parseNames(String names) {
    return names == null || names.isEmpty()
        ? List.of()
        : Arrays.stream(names.split(","))
            .map(RequiredPermission::ofName)
            .flatMap(Optional::stream)
            .toList();
  }

  /** The comma-separated list of names {@link #parseNames} reads. */
  public static String joinNames(List<RequiredPermission> permissions) {
    return String.join(
        ",", permissions.stream().map(RequiredPermission::getPermissionName).toList());
  }

  /** The permissions a feature needs, in catalog order. */
  public static List<RequiredPermission> of(Feature feature) {
    return Arrays.stream(values()).filter(p -> p.feature == feature).toList();
  }
}
